import t from 'tap';
import { parseS3Url } from '../../../gateway/fetch/parse-s3-url.ts';
import { formatMessage } from '../../../schemas/errors.ts';

const UNSAFE_S3_REFERENCE = formatMessage('S3_REFERENCE_UNSAFE');

t.test('s3://bucket/key keeps the key literally', async (t) => {
  t.same(parseS3Url('s3://customer-docs/inbox/2024/receipt one.pdf'), {
    bucket: 'customer-docs',
    key: 'inbox/2024/receipt one.pdf',
    style: 's3-scheme',
    presigned: false,
  });
  t.match(parseS3Url('  S3://customer-docs/a%20b.pdf  '), { key: 'a%20b.pdf' }, 'no percent-decoding');
});

t.test('virtual-hosted AWS URLs', async (t) => {
  t.match(parseS3Url('https://my-bucket.s3.eu-west-2.amazonaws.com/uploads/12/abc%20x.pdf'), {
    bucket: 'my-bucket', key: 'uploads/12/abc x.pdf', region: 'eu-west-2', style: 'virtual-hosted', presigned: false,
  });
  t.match(parseS3Url('https://my.dotted.bucket.s3.amazonaws.com/k.pdf'), { bucket: 'my.dotted.bucket', key: 'k.pdf', region: undefined });
  t.match(parseS3Url('https://old-bucket.s3-us-west-2.amazonaws.com/k.pdf'), { bucket: 'old-bucket', region: 'us-west-2' });
  t.match(parseS3Url('https://bkt.s3.dualstack.us-east-1.amazonaws.com/k.pdf'), { bucket: 'bkt', region: 'us-east-1' });
  t.match(parseS3Url('https://bkt.s3.cn-north-1.amazonaws.com.cn/k.pdf'), { bucket: 'bkt', region: 'cn-north-1' });
});

t.test('path-style AWS URLs', async (t) => {
  t.match(parseS3Url('https://s3.eu-west-2.amazonaws.com/statements/2024/jan.pdf'), {
    bucket: 'statements', key: '2024/jan.pdf', region: 'eu-west-2', style: 'path-style',
  });
  t.match(parseS3Url('https://s3.amazonaws.com/statements/jan.pdf'), { bucket: 'statements', key: 'jan.pdf' });
  t.match(parseS3Url('https://s3-eu-west-1.amazonaws.com/statements/jan.pdf'), { bucket: 'statements', region: 'eu-west-1' });
});

t.test('presigned URLs are flagged (SigV4 and SigV2)', async (t) => {
  const v4 = 'https://bkt.s3.eu-west-2.amazonaws.com/uploads/abc.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a&X-Amz-Signature=deadbeef';
  t.match(parseS3Url(v4), { bucket: 'bkt', key: 'uploads/abc.pdf', presigned: true });
  t.match(parseS3Url('https://s3.amazonaws.com/bkt/a.pdf?x-amz-signature=1'), { presigned: true }, 'case-insensitive');
  t.match(parseS3Url('https://bkt.s3.amazonaws.com/a.pdf?AWSAccessKeyId=A&Expires=1&Signature=s'), { presigned: true });
  t.match(parseS3Url('https://bkt.s3.amazonaws.com/a.pdf?versionId=3'), { presigned: false });
});

t.test('the server\'s custom endpoint is read path-style, only when the origin matches exactly', async (t) => {
  const endpoint = 'http://minio.lan:9000';
  t.match(parseS3Url('http://minio.lan:9000/customer-docs/in/a.pdf', endpoint), {
    bucket: 'customer-docs', key: 'in/a.pdf', style: 'custom-endpoint',
  });
  t.match(parseS3Url('http://MINIO.lan:9000/customer-docs/a.pdf?X-Amz-Signature=x', endpoint + '/'), {
    style: 'custom-endpoint', presigned: true,
  });
  t.equal(parseS3Url('http://minio.lan:9001/customer-docs/a.pdf', endpoint), null, 'other port');
  t.equal(parseS3Url('https://minio.lan:9000/customer-docs/a.pdf', endpoint), null, 'other scheme');
  t.equal(parseS3Url('http://minio.lan:9000/customer-docs/a.pdf'), null, 'no endpoint configured');
});

t.test('anything else is not an S3 reference', async (t) => {
  for (const u of [
    'https://example.com/a.pdf',
    'https://s3.example.com/bkt/a.pdf',
    'https://amazonaws.com.evil.example/bkt/a.pdf',
    's3://bucket',
    's3://bucket/',
    's3:///key',
    'https://s3.amazonaws.com/bkt/',
    'https://s3.amazonaws.com/',
    'ftp://bkt.s3.amazonaws.com/a.pdf',
    'not a url',
    '',
  ]) {
    t.equal(parseS3Url(u), null, JSON.stringify(u));
  }
});

t.test('dot segments, encoded slashes and control characters are refused in every form and encoding', async (t) => {
  const endpoint = 'http://minio.lan:9000';
  for (const u of [
    's3://a-bucket/../own/k.pdf',
    's3://a-bucket/x/./k.pdf',
    's3://a-bucket/%2e%2e/own/k.pdf',
    's3://a-bucket/%252e%252e/own/k.pdf',
    's3://a-bucket/..%2Fown%2Fk.pdf',
    's3://a-bucket/a%5C..%5Cown',
    's3://a-bucket/a\\..\\own',
    's3://a-bucket/k%00.pdf',
    's3://a..b/k.pdf',
    'https://a-bucket.s3.amazonaws.com/..%2Fown%2Fk.pdf',
    'https://a-bucket.s3.eu-west-1.amazonaws.com/%252e%252e/own/k.pdf',
    'https://a-bucket.s3.amazonaws.com/x%2Fy.pdf',
    'https://s3.amazonaws.com/a-bucket/..%2Fown%2Fk.pdf',
    'https://s3.eu-west-2.amazonaws.com/a-bucket/%252e%252e%252Fown/k.pdf',
    'https://s3.amazonaws.com/a%2Fb/k.pdf',
    'https://s3.amazonaws.com/a-bucket/..%2Fown%2Fk.pdf?X-Amz-Signature=x',
    'http://minio.lan:9000/a-bucket/..%2Fown%2Fk.pdf',
    'http://minio.lan:9000/a-bucket/..%252Fown%252Fk.pdf',
    'http://minio.lan:9000/a-bucket/%2e%2e%2fown%2fk.pdf?X-Amz-Signature=x',
  ]) {
    t.throws(() => parseS3Url(u, endpoint), { code: 'URL_NOT_ALLOWED', message: UNSAFE_S3_REFERENCE }, u);
  }
});

t.test('dot segments the URL parser resolves are resolved before the bucket is read', async (t) => {
  const endpoint = 'http://minio.lan:9000';
  t.match(parseS3Url('http://minio.lan:9000/a-bucket/../own/k.pdf', endpoint), { bucket: 'own', key: 'k.pdf' });
  t.match(parseS3Url('http://minio.lan:9000/a-bucket/%2e%2e/own/k.pdf', endpoint), { bucket: 'own', key: 'k.pdf' });
  t.match(parseS3Url('https://a-bucket.s3.amazonaws.com/x/../k.pdf'), { bucket: 'a-bucket', key: 'k.pdf' });
  t.match(parseS3Url('s3://a-bucket/dots..in..name.pdf'), { key: 'dots..in..name.pdf' }, 'dots inside a segment are fine');
});
