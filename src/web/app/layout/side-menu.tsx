import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/auth-context';
import { useT } from '../i18n/i18n-context';
import type { TFunction } from '../i18n/translate';
import { filterMenu, type IconName, MENU, type MenuEntry, openGroupKeys, selectedMenuKey } from '../menu';

const ICONS: Record<IconName, ReactNode> = {
  home: <HomeOutlined />,
  bell: <BellOutlined />,
  setting: <SettingOutlined />,
  apartment: <ApartmentOutlined />,
  team: <TeamOutlined />,
  safety: <SafetyCertificateOutlined />,
  audit: <AuditOutlined />,
  registry: <MedicineBoxOutlined />,
  institution: <BankOutlined />,
  practitioner: <IdcardOutlined />,
  codeList: <ProfileOutlined />,
  import: <CloudUploadOutlined />,
  screening: <FileSearchOutlined />,
  batch: <DatabaseOutlined />,
  warning: <AlertOutlined />,
  clue: <FlagOutlined />,
  dashboard: <BarChartOutlined />,
};

type Item = Required<MenuProps>['items'][number];

function toItems(entries: MenuEntry[], t: TFunction): Item[] {
  return entries.map((entry) =>
    entry.children
      ? {
          key: entry.key,
          icon: ICONS[entry.icon],
          label: t(entry.label),
          children: toItems(entry.children, t),
        }
      : { key: entry.key, icon: ICONS[entry.icon], label: t(entry.label) },
  );
}

function pathOf(entries: MenuEntry[], key: string): string | undefined {
  for (const entry of entries) {
    if (entry.key === key) return entry.path;
    const inner = entry.children ? pathOf(entry.children, key) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => filterMenu(MENU, me.permissions), [me.permissions]);
  const selected = selectedMenuKey(entries, pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() => openGroupKeys(entries, selected));

  useEffect(() => {
    const needed = openGroupKeys(entries, selected);
    setOpenKeys((prev) => (needed.every((k) => prev.includes(k)) ? prev : [...prev, ...needed]));
  }, [entries, selected]);

  return (
    <Menu
      theme="dark"
      mode="inline"
      aria-label={t('nav.menu')}
      items={toItems(entries, t)}
      selectedKeys={selected ? [selected] : []}
      openKeys={collapsed ? undefined : openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => {
        const path = pathOf(entries, key);
        if (path) void navigate(path);
      }}
    />
  );
}
