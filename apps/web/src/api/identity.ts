// Who the panel says it is. Behind the gateway: nobody (the gateway sets X-User-ID). In development
// without a gateway, a person may choose a user id; the panel then sends it as X-Dev-User-ID, which
// the API accepts only when PANEL_DEV_IDENTITY=true (refused in production). The id is kept for
// this browser tab only (sessionStorage); it names a user, it is not a credential.
const KEY = 'deployguard.dev-user-id';
const USER_ID = /^[^\s\p{Cc}]{1,200}$/u;

export function devUserId(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Sets (or with null, clears) the development user id; throws on an id the API would refuse. */
export function setDevUserId(id: string | null): void {
  if (id === null || id === '') return sessionStorage.removeItem(KEY);
  if (!USER_ID.test(id)) throw new Error('a user id is 1 to 200 characters without spaces');
  sessionStorage.setItem(KEY, id);
}
