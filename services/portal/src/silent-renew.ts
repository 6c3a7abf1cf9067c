import { UserManager } from 'oidc-client-ts';

// The hidden frame of a silent renew hands the identity provider's answer back to the portal window.
void new UserManager({ authority: '', client_id: '', redirect_uri: '' }).signinSilentCallback();
