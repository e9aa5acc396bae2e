/**
 * A required org setting by name: `Content.enableContent` is the boolean field `enableContent` of the Metadata
 * API settings component `Content`, type ContentSettings (META meta_settings.htm: a settings component's name is
 * its type without "Settings").
 */
export interface SettingRef {
  /** `Content.enableContent` */
  name: string;
  /** The settings component: `Content`. */
  component: string;
  /** The Metadata API type: `ContentSettings`. */
  type: string;
  field: string;
}

/** `<Component>.<field>`: a top-level field of one settings component (nested fields are not written safely). */
export const SETTING_NAME_PATTERN = '^[A-Z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*$';

/** Salesforce CRM Content and Content Deliveries (META meta_contentsettings.htm, API 48.0+). */
export const DEFAULT_REQUIRED_SETTINGS = ['Content.enableContent', 'Content.enableContentDistribution'];

export function settingRef(name: string): SettingRef {
  const [component, field] = name.split('.');
  return { name, component, type: `${component}Settings`, field };
}
