import { useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { VoucherDto } from '../../../shared/api/dto.js';

/** "Spara som mall": a posted voucher's lines become a konteringsmall with fixed amounts. */
export function SaveTemplateDialog({ voucher, onClose, onSaved }: { voucher: VoucherDto; onClose: () => void; onSaved: (name: string) => void }) {
  const api = useApi();
  const [name, setName] = useState(voucher.text);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const r = await api.call('templates.saveFromVoucher', { name, voucher: { series: voucher.series, number: voucher.number, fiscalYear: voucher.fiscalYear } });
    if (r.ok) onSaved(r.value.name);
    else setError(errorText(r.error));
  };
  return (
    <Modal title={sv.bokfor.saveTemplate.replace(' …', '')} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Field id="template-name" label={sv.bokfor.templateName} error={error}>
          {(a) => <input {...a} value={name} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">{sv.bokfor.saveTemplate.replace(' …', '')}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
