-- An audit row's item digest, computed block by block. The digest is unchanged: SHA-256
-- over the SHA-256 of each block of 65,536 items' content in item order (see
-- 20261124000006_audit.sql); rows already recorded verify as before.
--
-- The first version grouped all of a command's items by block, which sorts every item
-- once by block (on disk past work_mem: 200 MB for a million-row import) and again by
-- number inside each block. Here each block is read on its own, in item order, by the
-- primary key's range (audit_log_id, item_no): the blocks that have items are found
-- one after another (each the block of the next item number, so a sparse or enormous
-- numbering costs one index probe per block that has items, never one per number).
CREATE OR REPLACE FUNCTION omnictl_audit_items_summary(audit_log uuid, OUT item_count bigint, OUT items_digest bytea)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    WITH RECURSIVE blocks (block) AS (
        SELECT (SELECT min(item_no) FROM audit_log_items WHERE audit_log_id = audit_log) / 65536
        UNION ALL
        SELECT (SELECT min(i.item_no) FROM audit_log_items i
                 WHERE i.audit_log_id = audit_log AND i.item_no >= (b.block + 1) * 65536) / 65536
          FROM blocks b
         WHERE b.block IS NOT NULL
    )
    SELECT coalesce(sum(d.items), 0)::bigint, sha256(string_agg(d.block_digest, ''::bytea ORDER BY blocks.block))
      INTO item_count, items_digest
      FROM blocks
     CROSS JOIN LATERAL (
           SELECT count(*) AS items,
                  sha256(convert_to(string_agg(
                      concat_ws(E'\x1f', i.item_no, i.organization_id, i.action, i.entity_type, i.entity_id, i.fields),
                      E'\x1e' ORDER BY i.item_no), 'UTF8')) AS block_digest
             FROM audit_log_items i
            WHERE i.audit_log_id = audit_log
              AND i.item_no >= blocks.block * 65536 AND i.item_no < (blocks.block + 1) * 65536
           ) d
     WHERE blocks.block IS NOT NULL;
END
$$;
