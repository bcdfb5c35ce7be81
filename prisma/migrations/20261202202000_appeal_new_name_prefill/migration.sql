-- Figure 32: «Фамилия новая», «Имя новое», «Отчество новое» (and «… верная/верное» of the
-- incorrect-name reason) open with the owner's current name, like «… была/было». The reference
-- seed only adds missing rows, so the rows of existing installations are set here; a field whose
-- prefill was already set is left as it is.
UPDATE "AppealField" AS f
   SET "prefill" = CASE f."code" WHEN 'lastNameNew' THEN 'ownerLastName' WHEN 'firstNameNew' THEN 'ownerFirstName' ELSE 'ownerMiddleName' END
  FROM "AppealType" AS t
 WHERE f."typeId" = t."id"
   AND t."code" IN ('OWNER_NAME_CHANGED', 'OWNER_NAME_INCORRECT')
   AND f."code" IN ('lastNameNew', 'firstNameNew', 'middleNameNew')
   AND f."prefill" IS NULL;
