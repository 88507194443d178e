/**
 * Cities that are not capitals but where the events of cited cases often
 * happen (airports, ports, border crossings, large cities where exiles live),
 * with the ISO 3166-1 alpha-2 code of their country. Capitals come from
 * `countries.ts`; this list only fills the gap, so that "arrested in Porto" or
 * "detained at Istanbul airport" gives the country of the event. A name that
 * is also a common word or a person's name is left out.
 */
export const CITIES: Readonly<Record<string, string>> = {
  // Europe
  Porto: 'PT', Faro: 'PT', Barcelona: 'ES', Valencia: 'ES', Seville: 'ES', Malaga: 'ES', 'Málaga': 'ES', Bilbao: 'ES',
  Milan: 'IT', Naples: 'IT', Turin: 'IT', Venice: 'IT', Florence: 'IT', Bologna: 'IT', Palermo: 'IT', Genoa: 'IT',
  Marseille: 'FR', Lyon: 'FR', Nice: 'FR', Toulouse: 'FR', Strasbourg: 'FR', Bordeaux: 'FR', Lille: 'FR',
  Frankfurt: 'DE', Munich: 'DE', Hamburg: 'DE', Cologne: 'DE', Düsseldorf: 'DE', Dusseldorf: 'DE', Stuttgart: 'DE', Leipzig: 'DE', Dresden: 'DE',
  Geneva: 'CH', Zurich: 'CH', 'Zürich': 'CH', Basel: 'CH', Lausanne: 'CH',
  Rotterdam: 'NL', 'The Hague': 'NL', Schiphol: 'NL', Utrecht: 'NL', Antwerp: 'BE', Ghent: 'BE', Liège: 'BE',
  Manchester: 'GB', Birmingham: 'GB', Glasgow: 'GB', Edinburgh: 'GB', Heathrow: 'GB', Gatwick: 'GB', Liverpool: 'GB', Belfast: 'GB',
  Gothenburg: 'SE', Malmö: 'SE', Malmo: 'SE', Bergen: 'NO', Aarhus: 'DK', Tampere: 'FI', Turku: 'FI',
  Krakow: 'PL', 'Kraków': 'PL', Gdansk: 'PL', 'Gdańsk': 'PL', Wroclaw: 'PL', Poznan: 'PL', Brno: 'CZ', Salzburg: 'AT', Graz: 'AT', Innsbruck: 'AT',
  Thessaloniki: 'GR', Piraeus: 'GR', Limassol: 'CY', Larnaca: 'CY', Split: 'HR', 'Novi Sad': 'RS', Nis: 'RS', Plovdiv: 'BG', Varna: 'BG',
  'Cluj-Napoca': 'RO', Constanta: 'RO', Batumi: 'GE', Kutaisi: 'GE', Odesa: 'UA', Odessa: 'UA', Lviv: 'UA', Kharkiv: 'UA', Dnipro: 'UA',
  'St Petersburg': 'RU', 'St. Petersburg': 'RU', 'Saint Petersburg': 'RU', Kazan: 'RU', Novosibirsk: 'RU', Yekaterinburg: 'RU',
  Istanbul: 'TR', Izmir: 'TR', 'İzmir': 'TR', Antalya: 'TR', Bursa: 'TR', Adana: 'TR', Gaziantep: 'TR', Sabiha: 'TR',
  // Middle East and North Africa
  Casablanca: 'MA', Tangier: 'MA', Marrakesh: 'MA', Marrakech: 'MA', Fez: 'MA', Agadir: 'MA',
  Alexandria: 'EG', Giza: 'EG', 'Sharm el-Sheikh': 'EG', Oran: 'DZ', Sfax: 'TN', Benghazi: 'LY', Misrata: 'LY',
  Jeddah: 'SA', Mecca: 'SA', Medina: 'SA', Dammam: 'SA', Dubai: 'AE', Sharjah: 'AE', Ajman: 'AE',
  Erbil: 'IQ', Basra: 'IQ', Mosul: 'IQ', Sulaymaniyah: 'IQ', Aleppo: 'SY', Homs: 'SY', Latakia: 'SY', Aden: 'YE',
  Isfahan: 'IR', Shiraz: 'IR', Tabriz: 'IR', Mashhad: 'IR', Evin: 'IR', 'Tel Aviv': 'IL', Haifa: 'IL', Aqaba: 'JO', Tripoli: 'LY',
  // Asia
  Almaty: 'KZ', Shymkent: 'KZ', Osh: 'KG', Samarkand: 'UZ', Bukhara: 'UZ', Khujand: 'TJ',
  Karachi: 'PK', Lahore: 'PK', Peshawar: 'PK', Mumbai: 'IN', Kolkata: 'IN', Chennai: 'IN', Bangalore: 'IN', Bengaluru: 'IN', Hyderabad: 'IN',
  Chittagong: 'BD', Kandy: 'LK', Pokhara: 'NP',
  Shanghai: 'CN', Guangzhou: 'CN', Shenzhen: 'CN', Urumqi: 'CN', 'Ürümqi': 'CN', Lhasa: 'CN', Kashgar: 'CN', Chengdu: 'CN', Wuhan: 'CN', Xiamen: 'CN',
  Osaka: 'JP', Kyoto: 'JP', Narita: 'JP', Busan: 'KR', Incheon: 'KR', Kaohsiung: 'TW', Taichung: 'TW',
  'Ho Chi Minh City': 'VN', Saigon: 'VN', 'Da Nang': 'VN', 'Chiang Mai': 'TH', Phuket: 'TH', Pattaya: 'TH', Suvarnabhumi: 'TH',
  Penang: 'MY', 'Johor Bahru': 'MY', Surabaya: 'ID', Denpasar: 'ID', Bali: 'ID', Medan: 'ID', Cebu: 'PH', Davao: 'PH', Mandalay: 'MM', Yangon: 'MM',
  'Siem Reap': 'KH', Luang: 'LA',
  // Africa
  Lagos: 'NG', Kano: 'NG', 'Port Harcourt': 'NG', Mombasa: 'KE', Kisumu: 'KE', Johannesburg: 'ZA', Durban: 'ZA', 'Dar es Salaam': 'TZ',
  Zanzibar: 'TZ', Douala: 'CM', Abidjan: 'CI', Goma: 'CD', Lubumbashi: 'CD', Bulawayo: 'ZW', Entebbe: 'UG', Omdurman: 'SD',
  // Americas
  'New York': 'US', 'Los Angeles': 'US', Chicago: 'US', Houston: 'US', Miami: 'US', 'San Francisco': 'US', Boston: 'US', Seattle: 'US',
  Toronto: 'CA', Montreal: 'CA', Vancouver: 'CA', Calgary: 'CA', 'São Paulo': 'BR', 'Sao Paulo': 'BR', 'Rio de Janeiro': 'BR',
  Guadalajara: 'MX', Monterrey: 'MX', Tijuana: 'MX', Cancún: 'MX', Cancun: 'MX', Guayaquil: 'EC', Medellín: 'CO', Medellin: 'CO', Cali: 'CO',
  'Santa Cruz': 'BO', Córdoba: 'AR', Rosario: 'AR', Valparaíso: 'CL', Maracaibo: 'VE',
  // Border crossings on the routes people in exile take, named for the town on the side they belong to
  Röszke: 'HU', Roszke: 'HU', Tompa: 'HU', Horgoš: 'RS', Horgos: 'RS', Kelebija: 'RS', Kapıkule: 'TR', Kapikule: 'TR',
  'Kapitan Andreevo': 'BG', Sadakhlo: 'GE', 'Verkhny Lars': 'RU', 'Upper Lars': 'RU', Terespol: 'PL', Medyka: 'PL',
  // Oceania
  Sydney: 'AU', Melbourne: 'AU', Brisbane: 'AU', Perth: 'AU', Adelaide: 'AU', Auckland: 'NZ', Christchurch: 'NZ',
};
