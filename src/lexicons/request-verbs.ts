/**
 * Verbs that open a request written in the imperative in campaign documents
 * and letters ("Join us on Friday", "Reply to the office by Monday"): a
 * weekday in such a sentence is still to come. Lower case, base form.
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'attend', 'call', 'come', 'confirm', 'contact', 'co-sign', 'cosign', 'email', 'e-mail', 'join', 'register',
  'reply', 'respond', 'rsvp', 'send', 'share', 'sign', 'submit', 'support', 'tune', 'vote', 'watch', 'write',
]);
