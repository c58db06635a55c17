// What a history scan reports beyond file content. secrets_found.location says where a value sits
// (file content, a path, a commit or tag message, an author or committer identity, a tagged blob);
// file_path becomes nullable because metadata and tagged blobs have no file — a NULL is honest
// where a marker string would be mistaken for a path by every reader. A CHECK keeps file and path
// findings with their path. jobs.warnings holds the scan's warnings (shallow or partial clone,
// unreadable objects, replace refs), so an incomplete history is visible on the job.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScanLocations1732370000000 implements MigrationInterface {
  name = 'ScanLocations1732370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found ADD COLUMN location varchar(16) NOT NULL DEFAULT 'file'`);
    await q.query(`ALTER TABLE secrets_found ALTER COLUMN file_path DROP NOT NULL`);
    await q.query(`
      ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_location CHECK (
        location IN ('file','path','commit-message','tag-message','author','committer','tagged-blob')
        AND (location NOT IN ('file','path') OR file_path IS NOT NULL)
      )`);
    await q.query(`ALTER TABLE secrets_found ADD COLUMN ref text`);
    await q.query(`ALTER TABLE secrets_found ADD COLUMN commit_boundary boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE jobs ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jobs DROP COLUMN warnings`);
    await q.query(`ALTER TABLE secrets_found DROP COLUMN commit_boundary`);
    await q.query(`ALTER TABLE secrets_found DROP COLUMN ref`);
    await q.query(`ALTER TABLE secrets_found DROP CONSTRAINT chk_secrets_found_location`);
    await q.query(`DELETE FROM secrets_found WHERE file_path IS NULL`);
    await q.query(`ALTER TABLE secrets_found ALTER COLUMN file_path SET NOT NULL`);
    await q.query(`ALTER TABLE secrets_found DROP COLUMN location`);
  }
}
