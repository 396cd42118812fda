// @actions/core imports HttpClient for core.getIDToken alone, which ship-prod never calls.
export class HttpClient {
  constructor() {
    throw new Error('ship-prod is bundled without @actions/core OIDC support (core.getIDToken)');
  }
}
