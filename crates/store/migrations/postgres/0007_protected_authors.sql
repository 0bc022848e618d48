-- Issue 11: a pupil's anonymity is decided when they post, not by the group
-- they are in today, so moving a pupil to another group never publishes their
-- name on what they wrote before. Existing rows take their author's group now.
ALTER TABLE ideas ADD COLUMN author_protected BIGINT NOT NULL DEFAULT 0;
ALTER TABLE idea_comments ADD COLUMN author_protected BIGINT NOT NULL DEFAULT 0;

UPDATE ideas SET author_protected = 1
WHERE EXISTS (
    SELECT 1 FROM initiatives n
    JOIN memberships m ON m.community_id = n.community_id
    JOIN stakeholder_groups g ON g.id = m.group_id
    WHERE n.id = ideas.initiative_id AND m.user_id = ideas.author_id AND g.protects_identity = 1);

UPDATE idea_comments SET author_protected = 1
WHERE EXISTS (
    SELECT 1 FROM ideas i
    JOIN initiatives n ON n.id = i.initiative_id
    JOIN memberships m ON m.community_id = n.community_id
    JOIN stakeholder_groups g ON g.id = m.group_id
    WHERE i.id = idea_comments.idea_id AND m.user_id = idea_comments.author_id AND g.protects_identity = 1);
