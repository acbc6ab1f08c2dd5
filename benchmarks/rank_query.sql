-- The ranking of one request as one SQL query for the sqlite3 shell: the peer of `kohtaamo-cli rank` in
-- tools/bench-cli-rank.sh (issue 18), and a cross-check of the engine (core/matching/RankingEngine, RankingRules).
-- It applies the same hard rules (status, region, language, organisations, this request's invitations and
-- engagements, notice, unavailability, consents, minors, the month's limit, days between, double booking) for each
-- of the request's times (the chosen one, else every proposed one, else the request's day without a slot), and
-- scores the workers who can do at least one of them (experience through the taxonomy, willingness, weekly
-- availability, rotation, wellbeing, fee ceiling). It prints the best 50: worker id and score.
--   sqlite3 -readonly FILE -cmd ".parameter set @ref '2026-0015'" -cmd ".parameter set @today '2026-12-07'" \
--       < benchmarks/rank_query.sql
-- Times are read as the engine reads them: stored in UTC, compared as local days (the 'localtime' modifier).
WITH
p AS (
    SELECT r.id AS rid, r.service_type AS st, r.wanted_perspective AS wp, r.remote AS remote,
           lower(trim(r.region)) AS region, lower(trim(r.language)) AS lang, COALESCE(r.fee_cents, 0) AS fee,
           r.supervised AS supervised, r.recorded AS recorded, r.duration_minutes AS dur,
           CAST(julianday(@today) + 0.5 AS INTEGER) AS today, @today AS today_text, r.deadline AS deadline,
           COALESCE((SELECT s.needs_public_consent FROM service_types s WHERE s.code = r.service_type), 0) AS needs_public,
           COALESCE((SELECT s.open_to_minors FROM service_types s WHERE s.code = r.service_type), 0) AS open_minors,
           EXISTS (SELECT 1 FROM request_organisations o WHERE o.request_id = r.id) AS org_scoped
    FROM requests r WHERE r.reference = @ref
),
wt AS (
    SELECT
        MAX(CASE w.key WHEN 'experience.exact' THEN w.value END) AS exact,
        MAX(CASE w.key WHEN 'experience.narrower' THEN w.value END) AS narrower,
        MAX(CASE w.key WHEN 'experience.broader' THEN w.value END) AS broader,
        MAX(CASE w.key WHEN 'experience.sibling' THEN w.value END) AS sibling,
        MAX(CASE w.key WHEN 'experience.perspective' THEN w.value END) AS persp,
        MAX(CASE w.key WHEN 'experience.secondary_percent' THEN w.value END) AS secondary,
        CAST(MAX(CASE w.key WHEN 'willingness.listed' THEN w.value END) + 0.5 AS INTEGER) AS willing,
        MAX(CASE w.key WHEN 'availability.fit' THEN w.value END) AS fit,
        CAST(MAX(CASE w.key WHEN 'availability.unstated' THEN w.value END) + 0.5 AS INTEGER) AS unstated,
        CAST(MAX(CASE w.key WHEN 'rotation.window_days' THEN w.value END) + 0.5 AS INTEGER) AS rot_days,
        CAST(MAX(CASE w.key WHEN 'rotation.per_engagement' THEN w.value END) + 0.5 AS INTEGER) AS per_eng,
        CAST(MAX(CASE w.key WHEN 'rotation.per_invitation' THEN w.value END) + 0.5 AS INTEGER) AS per_inv,
        CAST(MAX(CASE w.key WHEN 'rotation.max_penalty' THEN w.value END) + 0.5 AS INTEGER) AS max_rot,
        CAST(MAX(CASE w.key WHEN 'wellbeing.heavy_days' THEN w.value END) + 0.5 AS INTEGER) AS heavy_days,
        CAST(MAX(CASE w.key WHEN 'wellbeing.heavy_penalty' THEN w.value END) + 0.5 AS INTEGER) AS heavy_pen,
        MAX(CASE w.key WHEN 'fee.near_percent' THEN w.value END) AS near_pct,
        CAST(MAX(CASE w.key WHEN 'fee.near_penalty' THEN w.value END) + 0.5 AS INTEGER) AS near_pen,
        CAST(MAX(CASE w.key WHEN 'fee.over_penalty' THEN w.value END) + 0.5 AS INTEGER) AS over_pen
    FROM ranking_weights w
),
-- The times: the chosen option, else every proposed one, else the request's day (its earliest option, else its
-- deadline, else today) without a slot.
opts AS (
    SELECT d.id, d.starts_at, d.ends_at, d.chosen FROM request_date_options d, p
    WHERE d.request_id = p.rid AND d.starts_at IS NOT NULL
),
picked AS (
    SELECT * FROM (SELECT * FROM opts WHERE chosen ORDER BY starts_at, id LIMIT 1)
    UNION ALL
    SELECT * FROM opts WHERE NOT EXISTS (SELECT 1 FROM opts WHERE chosen)
),
slots AS (
    SELECT 1 AS slot, date(o.starts_at, 'localtime') AS d,
           CAST(strftime('%s', o.starts_at) AS INTEGER) / 60 AS s_min,
           CASE WHEN o.ends_at > o.starts_at THEN CAST(strftime('%s', o.ends_at) AS INTEGER) / 60
                WHEN p.dur > 0 THEN CAST(strftime('%s', o.starts_at) AS INTEGER) / 60 + p.dur END AS e_min,
           ((CAST(strftime('%w', o.starts_at, 'localtime') AS INTEGER) + 6) % 7) * 3
               + CASE WHEN CAST(strftime('%H', o.starts_at, 'localtime') AS INTEGER) < 12 THEN 0
                      WHEN CAST(strftime('%H', o.starts_at, 'localtime') AS INTEGER) < 17 THEN 1 ELSE 2 END AS abit
    FROM picked o, p
    UNION ALL
    SELECT 0, COALESCE((SELECT MIN(date(d.starts_at, 'localtime')) FROM request_date_options d
                        WHERE d.request_id = p.rid), p.deadline, p.today_text), NULL, NULL, NULL
    FROM p WHERE NOT EXISTS (SELECT 1 FROM picked)
),
times AS (
    SELECT s.slot, s.d, CAST(julianday(s.d) + 0.5 AS INTEGER) AS day, s.s_min, s.e_min, s.abit,
           s.slot AND s.e_min IS NOT NULL AND s.e_min > s.s_min AS timed,
           CAST(julianday(s.d, 'start of month') + 0.5 AS INTEGER) AS m_first,
           CAST(julianday(s.d, 'start of month', '+1 month', '-1 day') + 0.5 AS INTEGER) AS m_last,
           CAST(julianday(s.d, 'start of year') + 0.5 AS INTEGER) AS y_first,
           CAST(julianday(s.d, 'start of year', '+1 year', '-1 day') + 0.5 AS INTEGER) AS y_last
    FROM slots s
),
has_date AS (
    SELECT EXISTS (SELECT 1 FROM request_date_options d WHERE d.request_id = p.rid) OR p.deadline IS NOT NULL AS yes
    FROM p
),
-- Engagements that occupy a worker (not cancelled, with a time), other than this request's.
eng AS (
    SELECT e.worker_id AS wid, e.request_id AS req,
           CAST(julianday(date(e.starts_at, 'localtime')) + 0.5 AS INTEGER) AS day,
           CAST(strftime('%s', e.starts_at) AS INTEGER) / 60 AS s_min,
           CAST(strftime('%s', e.ends_at) AS INTEGER) / 60 AS e_min,
           CASE WHEN e.fee_declined OR e.payment_state = 'declined' THEN 0 ELSE e.fee_cents END AS fee
    FROM engagements e, p
    WHERE e.attendance <> 'cancelled' AND e.starts_at IS NOT NULL AND e.request_id <> p.rid
),
-- The worker's own rules.
cand AS (
    SELECT w.id, w.date_of_birth AS dob, w.weekly_availability AS mask, w.max_engagements_per_month AS max_month,
           w.min_days_between_engagements AS min_days, w.notice_days AS notice,
           w.annual_earnings_ceiling_cents AS ceiling
    FROM workers w, p
    WHERE w.status = 'active'
      AND (p.remote OR p.region = '' OR lower(trim(w.home_region)) = p.region
           OR EXISTS (SELECT 1 FROM worker_regions x WHERE x.worker_id = w.id AND lower(trim(x.region)) = p.region))
      AND (p.lang = '' OR EXISTS (SELECT 1 FROM worker_languages l WHERE l.worker_id = w.id
                                  AND lower(trim(l.language)) = p.lang))
      AND (NOT p.org_scoped OR w.organisation_id IN (SELECT o.organisation_id FROM request_organisations o
                                                     WHERE o.request_id = p.rid))
      AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.worker_id = w.id AND i.request_id = p.rid
                      AND i.response <> 'withdrawn')
      AND NOT EXISTS (SELECT 1 FROM engagements e WHERE e.worker_id = w.id AND e.request_id = p.rid
                      AND e.attendance <> 'cancelled')
),
-- The times each of them can do.
doable AS (
    SELECT c.*, t.slot, t.d, t.day, t.abit, t.y_first, t.y_last
    FROM cand c CROSS JOIN times t, p, has_date h
    WHERE NOT (h.yes AND c.notice > 0 AND t.day - p.today < c.notice)
      AND NOT EXISTS (SELECT 1 FROM worker_unavailability u WHERE u.worker_id = c.id AND u.starts <= t.d
                      AND u.ends >= t.d)
      AND EXISTS (SELECT 1 FROM consents k WHERE k.worker_id = c.id AND k.scope = 'contact' AND k.given_on <= t.d
                  AND (k.expires_on IS NULL OR k.expires_on >= t.d) AND (k.withdrawn_on IS NULL OR k.withdrawn_on > t.d))
      AND (NOT p.needs_public OR EXISTS (SELECT 1 FROM consents k WHERE k.worker_id = c.id
                  AND k.scope = 'public_appearance' AND k.given_on <= t.d
                  AND (k.expires_on IS NULL OR k.expires_on >= t.d) AND (k.withdrawn_on IS NULL OR k.withdrawn_on > t.d)))
      AND (NOT p.recorded OR EXISTS (SELECT 1 FROM consents k WHERE k.worker_id = c.id
                  AND k.scope = 'photo_recording' AND k.given_on <= t.d
                  AND (k.expires_on IS NULL OR k.expires_on >= t.d) AND (k.withdrawn_on IS NULL OR k.withdrawn_on > t.d)))
      AND NOT (c.dob IS NOT NULL AND t.d >= c.dob AND t.d < date(c.dob, '+18 years')
               AND (NOT p.supervised OR NOT p.open_minors
                    OR NOT EXISTS (SELECT 1 FROM consents k WHERE k.worker_id = c.id AND k.scope = 'guardian'
                                   AND k.given_on <= t.d AND (k.expires_on IS NULL OR k.expires_on >= t.d)
                                   AND (k.withdrawn_on IS NULL OR k.withdrawn_on > t.d))))
      AND NOT (c.max_month > 0 AND (SELECT COUNT(*) FROM eng e WHERE e.wid = c.id
                                    AND e.day BETWEEN t.m_first AND t.m_last) >= c.max_month)
      AND NOT (c.min_days > 0 AND EXISTS (SELECT 1 FROM eng e WHERE e.wid = c.id AND abs(e.day - t.day) < c.min_days))
      AND NOT (t.slot AND EXISTS (SELECT 1 FROM eng e WHERE e.wid = c.id AND
                   CASE WHEN t.timed AND e.e_min > e.s_min THEN e.s_min < t.e_min AND t.s_min < e.e_min
                        ELSE e.day = t.day END))
),
-- The taxonomy: each topic with its ancestors (itself included).
anc(topic, up) AS (
    SELECT id, id FROM topics
    UNION ALL
    SELECT a.topic, t.parent_id FROM anc a JOIN topics t ON t.id = a.up WHERE t.parent_id IS NOT NULL
),
rt AS (
    SELECT r.topic_id, r.weight, ROW_NUMBER() OVER (ORDER BY r.weight, r.topic_id) AS q
    FROM request_topics r, p WHERE r.request_id = p.rid AND r.topic_id IN (SELECT id FROM topics)
),
-- Per requested topic, every topic that meets it: 4 exact, 3 narrower, 2 broader, 1 sibling.
rel AS (
    SELECT q, topic, MAX(level) AS level FROM (
        SELECT rt.q, rt.topic_id AS topic, 4 AS level FROM rt
        UNION ALL SELECT rt.q, a.topic, 3 FROM rt JOIN anc a ON a.up = rt.topic_id AND a.topic <> rt.topic_id
        UNION ALL SELECT rt.q, a.up, 2 FROM rt JOIN anc a ON a.topic = rt.topic_id AND a.up <> rt.topic_id
        UNION ALL SELECT rt.q, s.id, 1 FROM rt JOIN topics me ON me.id = rt.topic_id
                  JOIN topics s ON s.parent_id = me.parent_id AND s.id <> me.id
    ) GROUP BY q, topic
),
points AS (
    SELECT rel.q, rel.topic, rt.weight,
           CASE rel.level WHEN 4 THEN wt.exact WHEN 3 THEN wt.narrower WHEN 2 THEN wt.broader ELSE wt.sibling END
               AS base,
           CASE WHEN rt.weight = 'secondary' THEN wt.secondary / 100.0 ELSE 1.0 END AS factor, wt.persp
    FROM rel JOIN rt ON rt.q = rel.q, wt
),
-- Heavy topics that weigh on this request (the same topic, above or below it).
heavy AS (SELECT DISTINCT rel.topic FROM rel JOIN topics t ON t.id = rel.topic WHERE t.heavy AND rel.level > 1),
heavy_requests AS (SELECT DISTINCT x.request_id FROM request_topics x WHERE x.topic_id IN (SELECT topic FROM heavy)),
eligible AS (SELECT DISTINCT id, mask, ceiling FROM doable),
experience AS (
    SELECT id, SUM(best) AS points FROM (
        SELECT el.id, pt.q, MAX(CAST((pt.base + CASE WHEN p.wp <> 'any' AND x.perspective = p.wp THEN pt.persp ELSE 0 END)
                                     * pt.factor + 0.5 AS INTEGER)) AS best
        FROM eligible el JOIN worker_experiences x ON x.worker_id = el.id JOIN points pt ON pt.topic = x.topic_id, p
        GROUP BY el.id, pt.q
    ) GROUP BY id
),
-- Per doable time: the wellbeing and fee points.
dated AS (
    SELECT dz.id, dz.slot, dz.abit,
           CASE WHEN EXISTS (SELECT 1 FROM eng e WHERE e.wid = dz.id AND abs(e.day - dz.day) <= wt.heavy_days
                             AND e.req IN (SELECT request_id FROM heavy_requests)) THEN -wt.heavy_pen ELSE 0 END
           + CASE WHEN dz.ceiling IS NULL OR p.fee <= 0 THEN 0
                  ELSE (SELECT CASE WHEN COALESCE(SUM(e.fee), 0) + p.fee > dz.ceiling THEN -wt.over_pen
                                    WHEN (COALESCE(SUM(e.fee), 0) + p.fee) * 100.0 >= dz.ceiling * wt.near_pct
                                        THEN -wt.near_pen ELSE 0 END
                        FROM eng e WHERE e.wid = dz.id AND e.day BETWEEN dz.y_first AND dz.y_last) END AS pts
    FROM doable dz, wt, p
),
scored AS (
    SELECT el.id,
           COALESCE((SELECT points FROM experience x WHERE x.id = el.id), 0) AS experience,
           CASE WHEN p.st IS NULL OR p.st = '' THEN 0
                WHEN EXISTS (SELECT 1 FROM worker_service_types s WHERE s.worker_id = el.id AND s.service_type = p.st)
                    THEN wt.willing ELSE 0 END AS willingness,
           CASE WHEN NOT EXISTS (SELECT 1 FROM times WHERE slot) THEN 0
                WHEN el.mask = 0 THEN wt.unstated
                ELSE CAST(wt.fit * (SELECT SUM((el.mask >> d.abit) & 1) FROM dated d WHERE d.id = el.id)
                          / (SELECT COUNT(*) FROM dated d WHERE d.id = el.id) + 0.5 AS INTEGER) END AS availability,
           (SELECT COUNT(*) FROM eng e WHERE e.wid = el.id AND e.day BETWEEN p.today - wt.rot_days
                                                                        AND p.today + wt.rot_days) AS recent,
           (SELECT COUNT(*) FROM invitations i WHERE i.worker_id = el.id AND i.request_id <> p.rid
                AND i.response <> 'withdrawn' AND i.sent_at IS NOT NULL
                AND CAST(julianday(date(i.sent_at, 'localtime')) + 0.5 AS INTEGER) >= p.today - wt.rot_days
                AND NOT EXISTS (SELECT 1 FROM engagements e WHERE e.worker_id = el.id AND e.request_id = i.request_id
                                AND e.attendance <> 'cancelled')) AS unanswered,
           (SELECT MAX(d.pts) FROM dated d WHERE d.id = el.id) AS dated_points
    FROM eligible el, p, wt
)
SELECT s.id,
       s.experience + s.willingness + s.availability
           - MIN(wt.max_rot, wt.per_eng * s.recent + wt.per_inv * s.unanswered) + s.dated_points AS score
FROM scored s, wt
ORDER BY score DESC, s.recent, s.id
LIMIT 50;
