-- The schema of migration 0019 for a new SQLite database (kiosk/storage/fresh_schema.py).
-- Written by `python -m kiosk.storage.fresh_schema`; do not edit.

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE usage_sessions (
	id INTEGER NOT NULL, 
	token VARCHAR(32) NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	started_at DATETIME NOT NULL, 
	duration_s FLOAT NOT NULL, 
	screens VARCHAR(400) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	large_text BOOLEAN NOT NULL, 
	high_contrast BOOLEAN NOT NULL, 
	end_reason VARCHAR(16) NOT NULL, pages_printed INTEGER DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_usage_sessions PRIMARY KEY (id), 
	CONSTRAINT uq_usage_sessions_token UNIQUE (token)
);

CREATE INDEX ix_usage_sessions_kiosk_id ON usage_sessions (kiosk_id);

CREATE INDEX ix_usage_sessions_started_at ON usage_sessions (started_at);

CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	username VARCHAR(60) NOT NULL, 
	username_key VARCHAR(120) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	security_question VARCHAR(300) NOT NULL, 
	security_answer_hash VARCHAR(200) NOT NULL, 
	first_name VARCHAR(60) NOT NULL, 
	last_name VARCHAR(60) NOT NULL, 
	street VARCHAR(100) NOT NULL, 
	city VARCHAR(60) NOT NULL, 
	state VARCHAR(2) NOT NULL, 
	zip_code VARCHAR(10) NOT NULL, 
	phone VARCHAR(20) NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, username_skeleton VARCHAR(240), first_name_key VARCHAR(60), last_name_key VARCHAR(60), email_key VARCHAR(320), must_change_password BOOLEAN DEFAULT 0 NOT NULL, closed_at DATETIME, 
	CONSTRAINT pk_accounts PRIMARY KEY (id), 
	CONSTRAINT uq_accounts_username_key UNIQUE (username_key)
);

CREATE TABLE kiosk_secrets (
	name VARCHAR(40) NOT NULL, 
	value VARCHAR(128) NOT NULL, 
	CONSTRAINT pk_kiosk_secrets PRIMARY KEY (name)
);

CREATE TABLE policy_texts (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(40) NOT NULL, 
	version VARCHAR(40) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	effective DATE NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	CONSTRAINT pk_policy_texts PRIMARY KEY (id), 
	CONSTRAINT uq_policy_texts_doc_id UNIQUE (doc_id, version, sha256)
);

CREATE TABLE sign_in_failures (
	id INTEGER NOT NULL, 
	key_digest VARCHAR(64) NOT NULL, 
	at DATETIME NOT NULL, locked_until DATETIME, 
	CONSTRAINT pk_sign_in_failures PRIMARY KEY (id)
);

CREATE INDEX ix_sign_in_failures_at ON sign_in_failures (at);

CREATE INDEX ix_sign_in_failures_key_digest ON sign_in_failures (key_digest);

CREATE TABLE licences (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	kind VARCHAR(100) NOT NULL, 
	number VARCHAR(30) NOT NULL, 
	state VARCHAR(2) NOT NULL, 
	CONSTRAINT pk_licences PRIMARY KEY (id), 
	CONSTRAINT fk_licences_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_licences_account_id UNIQUE (account_id, kind, number, state)
);

CREATE INDEX ix_licences_account_id ON licences (account_id);

CREATE TABLE terms_acceptances (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	doc_id VARCHAR(40) NOT NULL, 
	version VARCHAR(40) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	accepted_at DATETIME NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	CONSTRAINT pk_terms_acceptances PRIMARY KEY (id), 
	CONSTRAINT fk_terms_acceptances_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_terms_acceptances_account_id ON terms_acceptances (account_id);

CREATE TABLE parcels (
	id INTEGER NOT NULL, 
	parcel_id VARCHAR(40) NOT NULL, 
	map_block_lot VARCHAR(60), 
	address VARCHAR(200), 
	address_key VARCHAR(200), 
	owner VARCHAR(300), 
	land_use VARCHAR(100), 
	lot_size_acres FLOAT, 
	zoning VARCHAR(60), 
	assessed_value BIGINT, 
	year_built INTEGER, street_sort VARCHAR(200), house_number INTEGER, unit_sort VARCHAR(200), number_key VARCHAR(120), 
	CONSTRAINT pk_parcels PRIMARY KEY (id), 
	CONSTRAINT uq_parcels_parcel_id UNIQUE (parcel_id)
);

CREATE INDEX ix_parcels_address_key ON parcels (address_key);

CREATE INDEX ix_parcels_map_block_lot ON parcels (map_block_lot);

CREATE TABLE records (
	id INTEGER NOT NULL, 
	source VARCHAR(40) NOT NULL, 
	record_number VARCHAR(60) NOT NULL, 
	record_type VARCHAR(100), 
	status VARCHAR(60), 
	applied_on DATE, 
	issued_on DATE, 
	closed_on DATE, 
	description TEXT, 
	applicant VARCHAR(200), 
	valuation BIGINT, 
	parcel_id INTEGER, 
	address VARCHAR(200), 
	address_key VARCHAR(200), number_key VARCHAR(120), 
	CONSTRAINT pk_records PRIMARY KEY (id), 
	CONSTRAINT fk_records_parcel_id_parcels FOREIGN KEY(parcel_id) REFERENCES parcels (id) ON DELETE SET NULL, 
	CONSTRAINT uq_records_source UNIQUE (source, record_number)
);

CREATE INDEX ix_records_address_key ON records (address_key);

CREATE INDEX ix_records_parcel_id ON records (parcel_id);

CREATE TABLE record_status_history (
	id INTEGER NOT NULL, 
	record_id INTEGER NOT NULL, 
	status VARCHAR(60) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_record_status_history PRIMARY KEY (id), 
	CONSTRAINT fk_record_status_history_record_id_records FOREIGN KEY(record_id) REFERENCES records (id) ON DELETE CASCADE
);

CREATE INDEX ix_record_status_history_record_id ON record_status_history (record_id);

CREATE VIRTUAL TABLE parcels_fts USING fts5(parcel_id, map_block_lot, address_key, owner, content='parcels', content_rowid='id', prefix='1 2', tokenize='unicode61');

CREATE TRIGGER parcels_fts_ai AFTER INSERT ON parcels BEGIN INSERT INTO parcels_fts(rowid, parcel_id, map_block_lot, address_key, owner) VALUES (new.id, new.parcel_id, new.map_block_lot, new.address_key, new.owner); END;

CREATE TRIGGER parcels_fts_ad AFTER DELETE ON parcels BEGIN INSERT INTO parcels_fts(parcels_fts, rowid, parcel_id, map_block_lot, address_key, owner) VALUES ('delete', old.id, old.parcel_id, old.map_block_lot, old.address_key, old.owner); END;

CREATE TRIGGER parcels_fts_au AFTER UPDATE OF parcel_id, map_block_lot, address_key, owner ON parcels BEGIN INSERT INTO parcels_fts(parcels_fts, rowid, parcel_id, map_block_lot, address_key, owner) VALUES ('delete', old.id, old.parcel_id, old.map_block_lot, old.address_key, old.owner); INSERT INTO parcels_fts(rowid, parcel_id, map_block_lot, address_key, owner) VALUES (new.id, new.parcel_id, new.map_block_lot, new.address_key, new.owner); END;

CREATE VIRTUAL TABLE records_fts USING fts5(record_number, address_key, content='records', content_rowid='id', prefix='1 2', tokenize='unicode61');

CREATE TRIGGER records_fts_ai AFTER INSERT ON records BEGIN INSERT INTO records_fts(rowid, record_number, address_key) VALUES (new.id, new.record_number, new.address_key); END;

CREATE TRIGGER records_fts_ad AFTER DELETE ON records BEGIN INSERT INTO records_fts(records_fts, rowid, record_number, address_key) VALUES ('delete', old.id, old.record_number, old.address_key); END;

CREATE TRIGGER records_fts_au AFTER UPDATE OF record_number, address_key ON records BEGIN INSERT INTO records_fts(records_fts, rowid, record_number, address_key) VALUES ('delete', old.id, old.record_number, old.address_key); INSERT INTO records_fts(rowid, record_number, address_key) VALUES (new.id, new.record_number, new.address_key); END;

CREATE TABLE submissions (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	reference VARCHAR(40) NOT NULL, 
	form_id VARCHAR(60) NOT NULL, 
	form_version VARCHAR(40) NOT NULL, 
	form_title VARCHAR(200) NOT NULL, 
	department_id VARCHAR(60) NOT NULL, 
	department_name VARCHAR(200) NOT NULL, 
	department_email VARCHAR(320) NOT NULL, 
	answers TEXT NOT NULL, 
	sender_name VARCHAR(200), 
	sender_email VARCHAR(320), 
	sender_phone VARCHAR(20), 
	account_id INTEGER, 
	policy_versions TEXT NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	open311_service_code VARCHAR(60), 
	kiosk_id VARCHAR(40) NOT NULL, 
	created_at DATETIME NOT NULL, 
	status VARCHAR(20) NOT NULL, assignee_id INTEGER, due_at DATETIME, updated_at DATETIME, idempotency_key VARCHAR(64), 
	CONSTRAINT fk_submissions_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE SET NULL, 
	CONSTRAINT uq_submissions_reference UNIQUE (reference)
);

CREATE INDEX ix_submissions_account_id ON submissions (account_id);

CREATE INDEX ix_submissions_created_at ON submissions (created_at);

CREATE INDEX ix_submissions_status ON submissions (status);

CREATE TABLE submission_status_history (
	id INTEGER NOT NULL, 
	submission_id INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	at DATETIME NOT NULL, 
	note VARCHAR(500) NOT NULL, 
	CONSTRAINT pk_submission_status_history PRIMARY KEY (id), 
	CONSTRAINT fk_submission_status_history_submission_id_submissions FOREIGN KEY(submission_id) REFERENCES submissions (id) ON DELETE CASCADE
);

CREATE INDEX ix_submission_status_history_submission_id ON submission_status_history (submission_id);

CREATE UNIQUE INDEX ix_accounts_username_skeleton ON accounts (username_skeleton);

CREATE INDEX ix_records_number_key ON records (number_key);

CREATE INDEX ix_parcels_number_key ON parcels (number_key);

CREATE TABLE staff (
	id INTEGER NOT NULL, 
	username VARCHAR(40) NOT NULL, 
	username_key VARCHAR(40) NOT NULL, 
	display_name VARCHAR(120) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	must_change_password BOOLEAN NOT NULL, 
	disabled_at DATETIME, 
	totp_secret VARCHAR(64), 
	totp_pending VARCHAR(64), 
	totp_enrolled_at DATETIME, 
	totp_required BOOLEAN NOT NULL, 
	totp_last_step BIGINT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	last_sign_in_at DATETIME, 
	CONSTRAINT pk_staff PRIMARY KEY (id), 
	CONSTRAINT uq_staff_username_key UNIQUE (username_key)
);

CREATE TABLE audit_log (
	seq INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	action VARCHAR(60) NOT NULL, 
	record_kind VARCHAR(40) NOT NULL, 
	record_id VARCHAR(80) NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	detail VARCHAR(300) NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	row_hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_audit_log PRIMARY KEY (seq)
);

CREATE INDEX ix_audit_log_at ON audit_log (at);

CREATE INDEX ix_audit_log_record_kind ON audit_log (record_kind, record_id);

CREATE TABLE audit_chain_head (
	id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	row_hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE on audit_log refused'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE on audit_log refused'); END;

CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE on audit_chain_head refused'); END;

CREATE TABLE policy_publications (
	id INTEGER NOT NULL, 
	doc_id VARCHAR(40) NOT NULL, 
	version VARCHAR(40) NOT NULL, 
	effective DATE NOT NULL, 
	changes TEXT NOT NULL, 
	text_id INTEGER NOT NULL, 
	published_at DATETIME NOT NULL, 
	published_by VARCHAR(80) NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	CONSTRAINT pk_policy_publications PRIMARY KEY (id), 
	CONSTRAINT fk_policy_publications_text_id_policy_texts FOREIGN KEY(text_id) REFERENCES policy_texts (id), 
	CONSTRAINT uq_policy_publications_version UNIQUE (doc_id, version), 
	CONSTRAINT uq_policy_publications_effective UNIQUE (doc_id, effective), 
	CONSTRAINT uq_policy_publications_text_id UNIQUE (text_id)
);

CREATE INDEX ix_terms_acceptances_doc_version ON terms_acceptances (doc_id, version, account_id);

CREATE INDEX ix_accounts_first_name_key ON accounts (first_name_key);

CREATE INDEX ix_accounts_last_name_key ON accounts (last_name_key);

CREATE INDEX ix_accounts_email_key ON accounts (email_key);

CREATE INDEX ix_accounts_closed_at ON accounts (closed_at);

CREATE TABLE retention_runs (
	id INTEGER NOT NULL, 
	ran_at DATETIME NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	submissions INTEGER NOT NULL, 
	statistics_events INTEGER NOT NULL, 
	closed_accounts INTEGER NOT NULL, 
	CONSTRAINT pk_retention_runs PRIMARY KEY (id)
);

CREATE INDEX ix_retention_runs_ran_at ON retention_runs (ran_at);

CREATE TABLE submission_events (
	id INTEGER NOT NULL, 
	submission_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	detail VARCHAR(300) NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_submission_events PRIMARY KEY (id), 
	CONSTRAINT fk_submission_events_submission_id_submissions FOREIGN KEY(submission_id) REFERENCES submissions (id) ON DELETE CASCADE
);

CREATE INDEX ix_submission_events_submission_id ON submission_events (submission_id);

CREATE TABLE submission_responses (
	id INTEGER NOT NULL, 
	submission_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	body TEXT NOT NULL, 
	to_email VARCHAR(320), 
	to_name VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_submission_responses PRIMARY KEY (id), 
	CONSTRAINT fk_submission_responses_submission_id_submissions FOREIGN KEY(submission_id) REFERENCES submissions (id) ON DELETE CASCADE
);

CREATE INDEX ix_submission_responses_submission_id ON submission_responses (submission_id);

CREATE INDEX ix_submissions_due_at ON submissions (due_at);

CREATE INDEX ix_submissions_updated_at ON submissions (updated_at);

CREATE INDEX ix_submissions_department_status ON submissions (department_id, status, created_at);

CREATE INDEX ix_submissions_department_name ON submissions (department_name, created_at);

CREATE INDEX ix_submissions_form_created ON submissions (form_id, created_at);

CREATE INDEX ix_submissions_status_created ON submissions (status, created_at);

CREATE INDEX ix_submissions_status_due ON submissions (status, due_at);

CREATE INDEX ix_submissions_assignee_status ON submissions (assignee_id, status, due_at);

CREATE TABLE "outbox" (
	id INTEGER NOT NULL, 
	submission_id INTEGER NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	queued_at DATETIME NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	last_error VARCHAR(500), 
	claimed_by VARCHAR(120), 
	claimed_until DATETIME, 
	delivered_at DATETIME, 
	message_id VARCHAR(200), 
	response_id INTEGER, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_submission_id_submissions FOREIGN KEY(submission_id) REFERENCES submissions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_outbox_response_id_submission_responses FOREIGN KEY(response_id) REFERENCES submission_responses (id) ON DELETE CASCADE, 
	CONSTRAINT uq_outbox_response_id UNIQUE (response_id)
);

CREATE INDEX ix_outbox_next_attempt_at ON outbox (next_attempt_at);

CREATE UNIQUE INDEX uq_outbox_submission_channel ON outbox (submission_id, channel) WHERE response_id IS NULL;

CREATE INDEX ix_usage_sessions_started_at_figures ON usage_sessions (started_at, end_reason, language, duration_s, pages_printed);

CREATE TABLE usage_screens (
	session_id INTEGER NOT NULL, 
	screen VARCHAR(40) NOT NULL, 
	started_at DATETIME NOT NULL, 
	CONSTRAINT pk_usage_screens PRIMARY KEY (session_id, screen), 
	CONSTRAINT fk_usage_screens_session_id_usage_sessions FOREIGN KEY(session_id) REFERENCES usage_sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_usage_screens_screen_started_at ON usage_screens (screen, started_at);

CREATE INDEX ix_submissions_created_at_figures ON submissions (created_at, department_name, form_title, status);

CREATE TABLE kiosk_service_state (
	kiosk_id VARCHAR(40) NOT NULL, 
	out_of_service BOOLEAN NOT NULL, 
	message VARCHAR(300) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_kiosk_service_state PRIMARY KEY (kiosk_id)
);

CREATE TABLE kiosk_heartbeats (
	kiosk_id VARCHAR(40) NOT NULL, 
	beat_at DATETIME NOT NULL, 
	beats BIGINT NOT NULL, 
	version VARCHAR(40) NOT NULL, 
	started_at DATETIME NOT NULL, 
	database_reachable BOOLEAN NOT NULL, 
	outbox_depth INTEGER, 
	previous_outbox_depth INTEGER, 
	outbox_oldest_s FLOAT, 
	printer_state VARCHAR(20) NOT NULL, 
	printer_reasons VARCHAR(300) NOT NULL, 
	speech VARCHAR(80) NOT NULL, 
	disk_free_bytes BIGINT, 
	last_visit_ended_at DATETIME, 
	last_error VARCHAR(200) NOT NULL, 
	last_error_at DATETIME, 
	database_lost_at DATETIME, 
	database_back_at DATETIME, 
	CONSTRAINT pk_kiosk_heartbeats PRIMARY KEY (kiosk_id)
);

CREATE TABLE kiosk_heartbeat_history (
	kiosk_id VARCHAR(40) NOT NULL, 
	slot INTEGER NOT NULL, 
	beat_at DATETIME NOT NULL, 
	database_reachable BOOLEAN NOT NULL, 
	outbox_depth INTEGER, 
	printer_state VARCHAR(20) NOT NULL, 
	disk_free_bytes BIGINT, 
	CONSTRAINT pk_kiosk_heartbeat_history PRIMARY KEY (kiosk_id, slot)
);

CREATE TABLE records_generation (
	id INTEGER NOT NULL, 
	generation BIGINT NOT NULL, 
	CONSTRAINT pk_records_generation PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ux_submissions_idempotency_key ON submissions (idempotency_key);

CREATE TABLE reference_counter (
	name VARCHAR(40) NOT NULL, 
	next_number BIGINT NOT NULL, 
	CONSTRAINT pk_reference_counter PRIMARY KEY (name)
);

CREATE TABLE reference_blocks (
	id INTEGER NOT NULL, 
	kiosk_id VARCHAR(40) NOT NULL, 
	first_number BIGINT NOT NULL, 
	last_number BIGINT NOT NULL, 
	taken_at DATETIME NOT NULL, 
	CONSTRAINT pk_reference_blocks PRIMARY KEY (id), 
	CONSTRAINT uq_reference_blocks_first_number UNIQUE (first_number)
);

CREATE INDEX ix_reference_blocks_kiosk_id ON reference_blocks (kiosk_id);

INSERT INTO alembic_version (version_num) VALUES ('0019');
