-- API keys get scopes (issue 12, point 12). Every key may read events, petitions, campaigns and
-- people's names; "write" lets it record signatures and RSVPs; "read_email" lets it read people's
-- e-mail addresses, kept apart because they are what a leaked key would be used for.
-- Keys made before this: they could do everything. They keep writing (a partner's signatures and
-- RSVPs would otherwise be refused without warning, and a relayed action can no longer clear an
-- unsubscribe), but lose the e-mail addresses, the health-adjacent part, until a coordinator makes a
-- key that is meant to have them: least disclosure by default (docs/api.md).
ALTER TABLE api_key ADD COLUMN can_write BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE api_key ADD COLUMN read_email BOOLEAN NOT NULL DEFAULT false;
UPDATE api_key SET can_write = true;
