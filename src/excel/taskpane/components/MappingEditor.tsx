import * as React from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping, MappingField } from "../../workbook/screen-table";
import { useT } from "../i18n";

export interface MappingEditorProps {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  disabled?: boolean;
}

/** The fields a row is screened on, in the order a user reads an order sheet. */
export const MAPPING_FIELDS: MappingField[] = ["item", "part", "spec", "country", "customer", "hs", "value", "quantity", "id"];

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
});

/** One drop-down per field, preset from the headers; the user can override any of them. */
export default function MappingEditor({ headers, mapping, onChange, disabled }: MappingEditorProps) {
  const styles = useStyles();
  const t = useT();
  const set = (field: MappingField, value: string) => {
    const next = { ...mapping };
    if (value === "") delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    <div className={styles.grid}>
      {MAPPING_FIELDS.map((field) => (
        <Field key={field} label={t(`field.${field}`)} size="small">
          <Select
            size="small"
            data-testid={`map-${field}`}
            value={mapping[field] === undefined ? "" : String(mapping[field])}
            disabled={disabled}
            onChange={(_e, d) => set(field, d.value)}
          >
            <option value="">{t("screen.notMapped")}</option>
            {headers.map((h, i) => (
              <option key={i} value={String(i)}>
                {h || `#${i + 1}`}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
