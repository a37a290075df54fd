-- Declined requests get a reason code (issue 20: declined requests by reason) next to the free
-- text. Decisions made before the code existed are given `other`, so every declined request is
-- counted under exactly one reason; their free text still says why.
UPDATE cases
SET state = jsonb_set(state, '{declined,reasonCode}', '"other"')
WHERE state ? 'declined' AND NOT (state -> 'declined' ? 'reasonCode');
