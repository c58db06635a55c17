// The whole first schema, hand-written. Later changes are new migration files, never edits here.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const JOB_STATUSES = `'pending','cloning','scanning','awaiting_selection','completed','cleaning','cleaned','pushing','pushed','failed','cancelled','expired'`;
// A URL that carries a user name or token over http(s) must have been scrubbed before it got here.
const noCredentials = (column: string) => `CHECK (${column} IS NULL OR ${column} !~* '^https?://[^/]*@')`;

export class InitialSchema1732350000000 implements MigrationInterface {
  name = 'InitialSchema1732350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE repositories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id varchar(200) NOT NULL,
        url varchar(2048) NOT NULL,
        branch varchar(255),
        credentials_id varchar(200),
        schedule_cron varchar(120),
        schedule_interval_s integer,
        webhook_url varchar(2048),
        enabled boolean NOT NULL DEFAULT true,
        last_scan_at timestamptz,
        next_scan_at timestamptz,
        last_scan_run_id uuid,
        seen_objects_key varchar(1024),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chk_repositories_one_schedule CHECK (schedule_cron IS NULL OR schedule_interval_s IS NULL),
        CONSTRAINT chk_repositories_interval CHECK (schedule_interval_s IS NULL OR schedule_interval_s > 0),
        CONSTRAINT chk_repositories_url_no_credentials ${noCredentials('url')},
        CONSTRAINT chk_repositories_webhook_no_credentials ${noCredentials('webhook_url')}
      )`);
    await q.query(`CREATE INDEX idx_repositories_user_created ON repositories (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX idx_repositories_due ON repositories (next_scan_at) WHERE enabled`);

    await q.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id varchar(200) NOT NULL,
        status varchar(32) NOT NULL DEFAULT 'pending',
        source_platform varchar(32) NOT NULL,
        source_url varchar(2048) NOT NULL,
        source_branch varchar(255),
        source_credentials_id varchar(200),
        target_platform varchar(32),
        target_url varchar(2048),
        target_credentials_id varchar(200),
        force_push boolean NOT NULL DEFAULT false,
        progress_percent smallint NOT NULL DEFAULT 0,
        current_task varchar(200),
        error_message text,
        webhook_url varchar(2048),
        repository_id uuid REFERENCES repositories (id) ON DELETE SET NULL,
        findings_count integer NOT NULL DEFAULT 0,
        report_key varchar(1024),
        bundle_key varchar(1024),
        cleaned_archive_key varchar(1024),
        cleaned_bundle_key varchar(1024),
        cancel_requested boolean NOT NULL DEFAULT false,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        CONSTRAINT chk_jobs_status CHECK (status IN (${JOB_STATUSES})),
        CONSTRAINT chk_jobs_progress CHECK (progress_percent BETWEEN 0 AND 100),
        CONSTRAINT chk_jobs_source_url_no_credentials ${noCredentials('source_url')},
        CONSTRAINT chk_jobs_target_url_no_credentials ${noCredentials('target_url')},
        CONSTRAINT chk_jobs_webhook_no_credentials ${noCredentials('webhook_url')}
      )`);
    await q.query(`CREATE INDEX idx_jobs_user_created ON jobs (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX idx_jobs_status_updated ON jobs (status, updated_at)`);
    await q.query(`CREATE INDEX idx_jobs_expires ON jobs (expires_at) WHERE status <> 'expired'`);
    await q.query(`CREATE INDEX idx_jobs_repository ON jobs (repository_id) WHERE repository_id IS NOT NULL`);

    // No column for the value itself: the preview is short by construction and the hash is keyed.
    await q.query(`
      CREATE TABLE secrets_found (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        fingerprint varchar(64) NOT NULL,
        rule_id varchar(200) NOT NULL,
        secret_type varchar(200) NOT NULL,
        secret_value_preview varchar(32) NOT NULL,
        secret_hash char(64) NOT NULL,
        file_path text NOT NULL,
        line integer NOT NULL,
        "column" integer,
        commit_sha varchar(64),
        author varchar(512),
        commit_date timestamptz,
        severity varchar(16) NOT NULL,
        entropy double precision,
        selected_for_cleaning boolean NOT NULL DEFAULT false,
        false_positive boolean NOT NULL DEFAULT false,
        first_seen_job_id uuid REFERENCES jobs (id) ON DELETE SET NULL,
        is_new boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_secrets_found_job_fingerprint UNIQUE (job_id, fingerprint),
        CONSTRAINT chk_secrets_found_hash CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT chk_secrets_found_severity CHECK (severity IN ('critical','high','medium','low')),
        CONSTRAINT chk_secrets_found_selection CHECK (NOT (selected_for_cleaning AND false_positive))
      )`);

    await q.query(`
      CREATE TABLE audit_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id varchar(200) NOT NULL,
        action varchar(100) NOT NULL,
        target_type varchar(50) NOT NULL,
        target_id varchar(200),
        ip varchar(64),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_audit_logs_user_created ON audit_logs (user_id, created_at)`);
    await q.query(`CREATE INDEX idx_audit_logs_created ON audit_logs (created_at)`);

    await q.query(`
      CREATE TABLE task_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        task varchar(16) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'running',
        attempt integer NOT NULL DEFAULT 1,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        duration_ms integer,
        error_message text,
        result jsonb,
        CONSTRAINT uq_task_results_job_task_attempt UNIQUE (job_id, task, attempt),
        CONSTRAINT chk_task_results_task CHECK (task IN ('scan','clean','push')),
        CONSTRAINT chk_task_results_status CHECK (status IN ('running','succeeded','failed','cancelled')),
        CONSTRAINT chk_task_results_attempt CHECK (attempt >= 1)
      )`);

    await q.query(`
      CREATE TABLE scan_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        repository_id uuid NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
        job_id uuid REFERENCES jobs (id) ON DELETE SET NULL,
        "trigger" varchar(16) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'queued',
        progress_percent smallint NOT NULL DEFAULT 0,
        new_findings integer NOT NULL DEFAULT 0,
        total_findings integer NOT NULL DEFAULT 0,
        objects_scanned integer NOT NULL DEFAULT 0,
        duration_ms integer,
        error_message text,
        queued_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT chk_scan_runs_trigger CHECK ("trigger" IN ('schedule','manual','bulk')),
        CONSTRAINT chk_scan_runs_status CHECK (status IN ('queued','running','succeeded','failed')),
        CONSTRAINT chk_scan_runs_progress CHECK (progress_percent BETWEEN 0 AND 100)
      )`);
    // At most one queued or running scan per repository: makes the manual trigger idempotent.
    await q.query(
      `CREATE UNIQUE INDEX uq_scan_runs_one_active ON scan_runs (repository_id) WHERE status IN ('queued','running')`,
    );
    await q.query(
      `CREATE INDEX idx_scan_runs_repository_queued ON scan_runs (repository_id, queued_at DESC)`,
    );
    await q.query(`CREATE INDEX idx_scan_runs_status_finished ON scan_runs (status, finished_at)`);
    await q.query(`
      ALTER TABLE repositories ADD CONSTRAINT fk_repositories_last_scan_run
        FOREIGN KEY (last_scan_run_id) REFERENCES scan_runs (id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id varchar(200) NOT NULL,
        job_id uuid REFERENCES jobs (id) ON DELETE SET NULL,
        repository_id uuid REFERENCES repositories (id) ON DELETE SET NULL,
        url varchar(2048) NOT NULL,
        event varchar(32) NOT NULL,
        payload jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT chk_webhook_deliveries_event CHECK (event IN ('job.completed','job.failed','secrets.found','clean.completed','push.completed')),
        CONSTRAINT chk_webhook_deliveries_status CHECK (status IN ('pending','succeeded','failed')),
        CONSTRAINT chk_webhook_deliveries_url_no_credentials ${noCredentials('url')}
      )`);
    await q.query(
      `CREATE INDEX idx_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX idx_webhook_deliveries_user_created ON webhook_deliveries (user_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`ALTER TABLE repositories DROP CONSTRAINT fk_repositories_last_scan_run`);
    await q.query(`DROP TABLE scan_runs`);
    await q.query(`DROP TABLE task_results`);
    await q.query(`DROP TABLE audit_logs`);
    await q.query(`DROP TABLE secrets_found`);
    await q.query(`DROP TABLE jobs`);
    await q.query(`DROP TABLE repositories`);
  }
}
