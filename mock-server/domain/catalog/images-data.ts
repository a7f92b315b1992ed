/**
 * Public (system) images: ids in the real naming scheme (<os>_<version>_<arch>_<size>G_alibase_<date>.vhd),
 * with OS type, platform, name, architecture and creation time, so that the alicloud_images data
 * source's `most_recent` plus `name_regex` picks exactly one. Each OS has more than one build so
 * that "most recent" means something. The ids are realistic, not a copy of today's real list
 * (which changes monthly); every image id the sandbox's tests and examples use is here.
 */

export interface ImageFact {
  imageId: string;
  /** linux | windows */
  osType: 'linux' | 'windows';
  /** DescribeImages' Platform, such as "Ubuntu" or "Windows Server 2022". */
  platform: string;
  /** DescribeImages' OSNameEn. */
  osName: string;
  architecture: 'x86_64' | 'arm64';
  /** ISO 8601 UTC. */
  creationTime: string;
  /** GiB */
  size: number;
  bootMode: 'BIOS' | 'UEFI';
}

/** Build an image from its id: the date in the id is its creation day. */
function image(imageId: string, osType: ImageFact['osType'], platform: string, osName: string, bootMode: ImageFact['bootMode'] = 'BIOS'): ImageFact {
  const m = /_(\d{4})(\d{2})(\d{2})\.vhd$/.exec(imageId);
  if (!m) throw new Error(`image id without a date: ${imageId}`);
  const size = Number(/_(\d+)G_/.exec(imageId)?.[1] ?? 20);
  const architecture = /_(arm64|aarch64)_/.test(imageId) ? 'arm64' : 'x86_64';
  return { imageId, osType, platform, osName, architecture, creationTime: `${m[1]}-${m[2]}-${m[3]}T08:00:00Z`, size, bootMode: architecture === 'arm64' ? 'UEFI' : bootMode };
}

export const PUBLIC_IMAGES: readonly ImageFact[] = [
  image('ubuntu_18_04_64_20G_alibase_20190624.vhd', 'linux', 'Ubuntu', 'Ubuntu 18.04 64 bit'),
  image('ubuntu_18_04_x64_20G_alibase_20230208.vhd', 'linux', 'Ubuntu', 'Ubuntu 18.04 64 bit'),
  image('ubuntu_20_04_x64_20G_alibase_20231221.vhd', 'linux', 'Ubuntu', 'Ubuntu 20.04 64 bit'),
  image('ubuntu_20_04_x64_20G_alibase_20240508.vhd', 'linux', 'Ubuntu', 'Ubuntu 20.04 64 bit'),
  image('ubuntu_22_04_x64_20G_alibase_20240101.vhd', 'linux', 'Ubuntu', 'Ubuntu 22.04 64 bit'),
  image('ubuntu_22_04_x64_20G_alibase_20240130.vhd', 'linux', 'Ubuntu', 'Ubuntu 22.04 64 bit'),
  image('ubuntu_22_04_arm64_20G_alibase_20240122.vhd', 'linux', 'Ubuntu', 'Ubuntu 22.04 64 bit ARM'),
  image('ubuntu_24_04_x64_20G_alibase_20240812.vhd', 'linux', 'Ubuntu', 'Ubuntu 24.04 64 bit'),
  image('ubuntu_24_04_x64_20G_alibase_20250113.vhd', 'linux', 'Ubuntu', 'Ubuntu 24.04 64 bit'),
  // CentOS 6 is end-of-life, but the alicloud_images docs page still looks it up by "^centos_6".
  image('centos_6_10_x64_20G_alibase_20191219.vhd', 'linux', 'CentOS', 'CentOS 6.10 64 bit'),
  image('centos_6_10_x64_20G_alibase_20201120.vhd', 'linux', 'CentOS', 'CentOS 6.10 64 bit'),
  image('centos_7_9_x64_20G_alibase_20231220.vhd', 'linux', 'CentOS', 'CentOS 7.9 64 bit'),
  image('centos_7_9_x64_20G_alibase_20240628.vhd', 'linux', 'CentOS', 'CentOS 7.9 64 bit'),
  image('centos_8_5_x64_20G_alibase_20220428.vhd', 'linux', 'CentOS', 'CentOS 8.5 64 bit'),
  image('centos_8_5_x64_20G_alibase_20240528.vhd', 'linux', 'CentOS', 'CentOS 8.5 64 bit'),
  image('aliyun_2_1903_x64_20G_alibase_20240326.vhd', 'linux', 'Aliyun', 'Alibaba Cloud Linux 2.1903 LTS 64 bit'),
  image('aliyun_2_1903_x64_20G_alibase_20240628.vhd', 'linux', 'Aliyun', 'Alibaba Cloud Linux 2.1903 LTS 64 bit'),
  image('aliyun_3_x64_20G_alibase_20240528.vhd', 'linux', 'Aliyun', 'Alibaba Cloud Linux 3.2104 LTS 64 bit'),
  image('aliyun_3_x64_20G_alibase_20240819.vhd', 'linux', 'Aliyun', 'Alibaba Cloud Linux 3.2104 LTS 64 bit'),
  image('aliyun_3_arm64_20G_alibase_20240815.vhd', 'linux', 'Aliyun', 'Alibaba Cloud Linux 3.2104 LTS 64 bit ARM'),
  image('debian_10_13_x64_20G_alibase_20231013.vhd', 'linux', 'Debian', 'Debian 10.13 64 bit'),
  image('debian_11_9_x64_20G_alibase_20240325.vhd', 'linux', 'Debian', 'Debian 11.9 64 bit'),
  image('debian_11_11_x64_20G_alibase_20240910.vhd', 'linux', 'Debian', 'Debian 11.11 64 bit'),
  image('debian_12_5_x64_20G_alibase_20240423.vhd', 'linux', 'Debian', 'Debian 12.5 64 bit'),
  image('debian_12_7_x64_20G_alibase_20240925.vhd', 'linux', 'Debian', 'Debian 12.7 64 bit'),
  image('win2019_1809_x64_dtc_en-us_40G_alibase_20240314.vhd', 'windows', 'Windows Server 2019', 'Windows Server 2019 Datacenter 64 bit English'),
  image('win2019_1809_x64_dtc_en-us_40G_alibase_20240716.vhd', 'windows', 'Windows Server 2019', 'Windows Server 2019 Datacenter 64 bit English'),
  image('win2022_21H2_x64_dtc_en-us_40G_alibase_20240314.vhd', 'windows', 'Windows Server 2022', 'Windows Server 2022 Datacenter 64 bit English', 'UEFI'),
  image('win2022_21H2_x64_dtc_en-us_40G_alibase_20240716.vhd', 'windows', 'Windows Server 2022', 'Windows Server 2022 Datacenter 64 bit English', 'UEFI'),
];
