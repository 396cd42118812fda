// See index.js: only core.getIDToken would use it.
export class BearerCredentialHandler {}
