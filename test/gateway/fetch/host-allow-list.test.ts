import t from 'tap';
import { isHostAllowListed } from '../../../gateway/fetch/host-allow-list.ts';

const allowed = (url: string, list: string[]) => isHostAllowListed(new URL(url), list);

t.test('a bare host entry matches that host on any port, case-insensitively', async (t) => {
  t.equal(allowed('http://127.0.0.1:8080/x', ['127.0.0.1']), true);
  t.equal(allowed('http://Files.Intra.Example/x', ['files.intra.example']), true);
  t.equal(allowed('http://files.intra.example./x', ['files.intra.example']), true, 'trailing dot');
  t.equal(allowed('https://files.intra.example/x', ['FILES.INTRA.EXAMPLE']), true);
});

t.test('matching is exact: no suffixes, no aliases', async (t) => {
  t.equal(allowed('http://localhost/x', ['127.0.0.1']), false, 'an alias is a different host');
  t.equal(allowed('http://evil-intra.example/x', ['intra.example']), false);
  t.equal(allowed('http://a.intra.example/x', ['intra.example']), false);
  t.equal(allowed('http://127.0.0.1/x', []), false);
});

t.test('host:port entries match only that port, with scheme default ports implied', async (t) => {
  t.equal(allowed('http://127.0.0.1:9000/x', ['127.0.0.1:9000']), true);
  t.equal(allowed('http://127.0.0.1:9001/x', ['127.0.0.1:9000']), false);
  t.equal(allowed('http://minio.lan/x', ['minio.lan:80']), true);
  t.equal(allowed('https://minio.lan/x', ['minio.lan:80']), false);
  t.equal(allowed('https://minio.lan/x', ['minio.lan:443']), true);
});

t.test('IPv6 entries, bracketed or not', async (t) => {
  t.equal(allowed('http://[::1]:8080/x', ['[::1]']), true);
  t.equal(allowed('http://[::1]:8080/x', ['::1']), true);
  t.equal(allowed('http://[::1]:8080/x', ['[::1]:8080']), true);
  t.equal(allowed('http://[::1]:8081/x', ['[::1]:8080']), false);
});
