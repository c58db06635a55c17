// A value in a branch or tag name has its own location, "ref": its file_path is the ref's name.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const LOCATIONS = `'file','path','commit-message','tag-message','author','committer','tagged-blob','note'`;

export class RefLocation1732410000000 implements MigrationInterface {
  name = 'RefLocation1732410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found DROP CONSTRAINT chk_secrets_found_location`);
    await q.query(`
      ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_location CHECK (
        location IN (${LOCATIONS},'ref')
        AND (location NOT IN ('file','path','ref') OR file_path IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found DROP CONSTRAINT chk_secrets_found_location`);
    await q.query(`DELETE FROM secrets_found WHERE location = 'ref'`);
    await q.query(`
      ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_location CHECK (
        location IN (${LOCATIONS})
        AND (location NOT IN ('file','path') OR file_path IS NOT NULL)
      )`);
  }
}
