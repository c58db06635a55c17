// Where an in-place clean keeps the refs of the history it rewrote (secrets included) until the
// user deletes them: the clean never rewrites nor verifies them, and a scan says when they exist.
export const BACKUP_REF_PREFIX = 'refs/deployguard-backup/';
export const BACKUP_REF_GLOB = `${BACKUP_REF_PREFIX}*`;

/** The command that deletes every backup ref (then `git gc --prune=now` drops the old objects). */
export const DELETE_BACKUP_REFS = `git for-each-ref --format='delete %(refname)' ${BACKUP_REF_PREFIX} | git update-ref --stdin`;
