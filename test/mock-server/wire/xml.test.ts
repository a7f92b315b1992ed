import { strict as assert } from 'node:assert';
import { toXml } from '../../../mock-server/wire/xml';

describe('wire: XML rendering', () => {
  it('renders nested objects as nested elements and arrays as repeated elements', () => {
    assert.equal(
      toXml('DescribeVpcsResponse', { RequestId: 'R', TotalCount: 2, Vpcs: { Vpc: [{ VpcId: 'a', IsDefault: false }, { VpcId: 'b', IsDefault: true }] } }),
      '<?xml version="1.0" encoding="UTF-8"?><DescribeVpcsResponse><RequestId>R</RequestId><TotalCount>2</TotalCount><Vpcs><Vpc><VpcId>a</VpcId><IsDefault>false</IsDefault></Vpc><Vpc><VpcId>b</VpcId><IsDefault>true</IsDefault></Vpc></Vpcs></DescribeVpcsResponse>',
    );
  });

  it('renders an empty list as an empty wrapper and null as an empty element', () => {
    assert.equal(toXml('R', { Vpcs: { Vpc: [] }, Name: null }), '<?xml version="1.0" encoding="UTF-8"?><R><Vpcs></Vpcs><Name></Name></R>');
  });

  it('escapes the five XML special characters in text', () => {
    assert.equal(toXml('R', { M: `<a href="x">&'</a>` }), '<?xml version="1.0" encoding="UTF-8"?><R><M>&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;</M></R>');
  });
});
