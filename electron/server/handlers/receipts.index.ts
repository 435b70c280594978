import type { AreaHandlers } from './types.js';
import type { ReceiptsContract } from '../../../shared/api/areas/receipts.contract.js';
import { addReceipts, getReceipt, receiptQueue, receiptsOfVoucher, suggestReceiptHandler, receiptImage } from './receipts.js';
import { postReceiptHandler, linkReceiptHandler, exportArchiveHandler } from './receiptsPost.js';

/** The receipt area's handlers; the type makes a missing one a compile error. */
export const receiptsHandlers: AreaHandlers<ReceiptsContract> = {
  'receipts.add': addReceipts,
  'receipts.get': getReceipt,
  'receipts.queue': receiptQueue,
  'receipts.ofVoucher': receiptsOfVoucher,
  'receipts.suggest': suggestReceiptHandler,
  'receipts.post': postReceiptHandler,
  'receipts.link': linkReceiptHandler,
  'receipts.image': receiptImage,
  'archive.export': exportArchiveHandler,
};
