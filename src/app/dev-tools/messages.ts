/**
 * Messages of the built-in chain bar and the dev tools page, English and Bahasa Indonesia (the second
 * locale is typed to define every key), read with `useDevT()`.
 */
import { type FeatureTranslate, useFeatureT } from '../../ui/i18n/feature-catalogue.js';

const en = {
  'bar.label': 'Built-in demo chain',
  'bar.saved': 'Runs in this browser and is saved here: a reload continues it (now at block #{best}).',
  'bar.resumed': 'Continued from this browser’s saved copy.',
  'bar.fresh': 'Started from the demo snapshot.',
  'bar.notSaved':
    'Runs in this browser in memory only: another tab holds the saved copy, so a reload starts again from the demo snapshot.',
  'bar.fallback.refused':
    'No node answered at {endpoint} (the connection was refused: is `npm start` running?), so the built-in chain is used instead.',
  'bar.fallback.timeout':
    'No node answered at {endpoint} within {seconds} s, so the built-in chain is used instead.',
  'reset.open': 'Reset demo',
  'reset.title': 'Reset the demo?',
  'reset.body':
    'This deletes this browser’s copy of the built-in chain — every block, transaction and delegation made since the demo snapshot — and starts the demo again from its snapshot. The page reloads.',
  'reset.confirm': 'Reset the demo',
  'reset.cancel': 'Keep my chain',
  'reset.working': 'Resetting…',
  'reset.failed': 'The reset failed: {message}',
  nav: 'Dev tools',
  title: 'Dev tools',
  intro:
    'Controls of this development network (its dev RPCs: dev_newBlock, dev_timeTravel, dev_setStorage, sim_startWorker). They change the chain for everyone connected to it.',
  'blocks.title': 'Advance blocks',
  'blocks.count': 'Blocks',
  'blocks.submit': 'Advance',
  'blocks.done': 'The chain is now at block #{best}.',
  'time.title': 'Jump time forward',
  'time.amount': 'How far',
  'time.unit': 'Unit',
  'time.hours': 'hours',
  'time.days': 'days',
  'time.submit': 'Jump',
  'time.done': 'The chain’s clock now reads {date} (block #{best}).',
  'fund.title': 'Fund an account',
  'fund.address': 'Account (SS58 address)',
  'fund.amount': 'Amount (PHA)',
  'fund.submit': 'Fund',
  'fund.done': '{amount} PHA added: the account now holds {free} PHA free.',
  'worker.title': 'Start a simulated worker',
  'worker.pool': 'Stake pool id',
  'worker.operator': 'Operator (SURI of the pool owner)',
  'worker.stake': 'Stake (PHA)',
  'worker.submit': 'Start worker',
  'worker.done':
    'Worker {pubkey} started: it registers, benchmarks and starts computing over the next blocks.',
  'error.count': 'Enter a whole number from 1 to {max}.',
  'error.amount': 'Enter a positive amount.',
  'error.address': 'This is not a valid address.',
  'error.pool': 'Enter a pool id (a whole number).',
  'error.operator': 'Enter the operator’s SURI, e.g. //demo/owner/0.',
  'error.rpc': 'The chain refused: {message}',
  working: 'Working…',
};

export type DevKey = keyof typeof en;

const id: Record<DevKey, string> = {
  'bar.label': 'Chain demo bawaan',
  'bar.saved':
    'Berjalan di peramban ini dan disimpan di sini: memuat ulang halaman melanjutkannya (sekarang di blok #{best}).',
  'bar.resumed': 'Dilanjutkan dari salinan yang tersimpan di peramban ini.',
  'bar.fresh': 'Dimulai dari snapshot demo.',
  'bar.notSaved':
    'Berjalan di peramban ini hanya di memori: tab lain memegang salinan tersimpan, jadi memuat ulang akan memulai lagi dari snapshot demo.',
  'bar.fallback.refused':
    'Tidak ada node yang menjawab di {endpoint} (koneksi ditolak: apakah `npm start` berjalan?), jadi chain bawaan dipakai sebagai gantinya.',
  'bar.fallback.timeout':
    'Tidak ada node yang menjawab di {endpoint} dalam {seconds} detik, jadi chain bawaan dipakai sebagai gantinya.',
  'reset.open': 'Atur ulang demo',
  'reset.title': 'Atur ulang demo?',
  'reset.body':
    'Ini menghapus salinan chain bawaan di peramban ini — setiap blok, transaksi, dan delegasi sejak snapshot demo — lalu memulai demo lagi dari snapshot-nya. Halaman akan dimuat ulang.',
  'reset.confirm': 'Atur ulang demo',
  'reset.cancel': 'Simpan chain saya',
  'reset.working': 'Mengatur ulang…',
  'reset.failed': 'Pengaturan ulang gagal: {message}',
  nav: 'Alat pengembang',
  title: 'Alat pengembang',
  intro:
    'Kendali jaringan pengembangan ini (RPC dev-nya: dev_newBlock, dev_timeTravel, dev_setStorage, sim_startWorker). Perubahannya berlaku bagi semua yang terhubung ke chain ini.',
  'blocks.title': 'Majukan blok',
  'blocks.count': 'Jumlah blok',
  'blocks.submit': 'Majukan',
  'blocks.done': 'Chain sekarang di blok #{best}.',
  'time.title': 'Lompatkan waktu ke depan',
  'time.amount': 'Seberapa jauh',
  'time.unit': 'Satuan',
  'time.hours': 'jam',
  'time.days': 'hari',
  'time.submit': 'Lompat',
  'time.done': 'Jam chain sekarang menunjukkan {date} (blok #{best}).',
  'fund.title': 'Isi saldo akun',
  'fund.address': 'Akun (alamat SS58)',
  'fund.amount': 'Jumlah (PHA)',
  'fund.submit': 'Isi saldo',
  'fund.done': '{amount} PHA ditambahkan: akun sekarang memiliki {free} PHA bebas.',
  'worker.title': 'Jalankan worker simulasi',
  'worker.pool': 'Id stake pool',
  'worker.operator': 'Operator (SURI pemilik pool)',
  'worker.stake': 'Stake (PHA)',
  'worker.submit': 'Jalankan worker',
  'worker.done':
    'Worker {pubkey} dijalankan: ia mendaftar, menjalankan benchmark, dan mulai menghitung dalam beberapa blok berikutnya.',
  'error.count': 'Masukkan bilangan bulat dari 1 sampai {max}.',
  'error.amount': 'Masukkan jumlah yang positif.',
  'error.address': 'Ini bukan alamat yang valid.',
  'error.pool': 'Masukkan id pool (bilangan bulat).',
  'error.operator': 'Masukkan SURI operator, mis. //demo/owner/0.',
  'error.rpc': 'Chain menolak: {message}',
  working: 'Sedang bekerja…',
};

export const devCatalogues = { en, id };

export const useDevT = (): FeatureTranslate<DevKey> => useFeatureT(devCatalogues);
