import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import type { Option } from '../../components/Combobox.js';

/** The account and template lists the form searches, loaded once per company. */
export function useBokforData(companyFile: string): { accounts: Option[]; templates: Option[]; reloadTemplates: () => void } {
  const api = useApi();
  const [accounts, setAccounts] = useState<Option[]>([]);
  const [templates, setTemplates] = useState<Option[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void api.call('accounts.list', { includeInactive: false }).then((r) => {
      if (r.ok) setAccounts(r.value.map((a) => ({ value: a.number, label: `${a.number} ${a.name}` })));
    });
  }, [api, companyFile]);
  useEffect(() => {
    void api.call('templates.list', {}).then((r) => {
      if (r.ok) setTemplates(r.value.map((x) => ({ value: x.name, label: x.name, hint: x.description })));
    });
  }, [api, companyFile, tick]);
  return { accounts, templates, reloadTemplates: () => setTick((x) => x + 1) };
}
