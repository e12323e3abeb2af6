import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, q, w, h, theme] = spec.split(',');
  const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme || 'light' });
  await p.goto('http://127.0.0.1:4180/' + q);
  await p.waitForSelector('[data-kind="principal"]');
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/${name}.png` });
  const info = await p.evaluate(() => { const vp = document.querySelector('.react-flow__viewport'); return vp ? getComputedStyle(vp).transform : 'none'; });
  console.log(name, info);
  await p.close();
}
await b.close();
