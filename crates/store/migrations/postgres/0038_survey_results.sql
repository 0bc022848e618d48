-- Issue 18: what a survey's results need beyond its answers. Waves: a
-- survey repeated later points at the first of its series (no foreign key:
-- a table pointing at itself would be a cycle the backup refuses). Results
-- are published by organisers; until then only they see them. Scales
-- combine items (a scale question, or a row of a grid) into a score, with
-- reverse-coded items, and may measure one of the initiative's outcomes.
-- Written answers are published one by one after moderation.
ALTER TABLE surveys ADD COLUMN wave_of BIGINT;
ALTER TABLE surveys ADD COLUMN wave_label TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN published_at BIGINT;
CREATE INDEX surveys_wave ON surveys (wave_of);

CREATE TABLE survey_scales (
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    items TEXT NOT NULL,
    outcome_id BIGINT REFERENCES value_outcomes(id) ON DELETE SET NULL,
    PRIMARY KEY (survey_id, position)
);
CREATE INDEX survey_scales_outcome ON survey_scales (outcome_id);

CREATE TABLE survey_texts (
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    response_id TEXT NOT NULL,
    question BIGINT NOT NULL,
    published BIGINT NOT NULL,
    PRIMARY KEY (survey_id, response_id, question)
);
