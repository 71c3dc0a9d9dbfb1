#pragma once

#include <QLatin1String>

/// Every key the applications keep in QSettings, in one place, so that no key is a string typed twice and
/// a newcomer sees at once what is stored (never a secret: those live in the OS keychain only). The window
/// and image-share-cli share one settings file (organization "ImageShareBrowser", application
/// "image-share-browser"). A key is never reused for another meaning: a stored value from an older version
/// must still parse.
namespace isb::SettingsKeys {

// ---- The settings file both programs share: QSettings(organization, application) ----
inline constexpr QLatin1String organizationName{"ImageShareBrowser"};
inline constexpr QLatin1String applicationName{"image-share-browser"};

// ---- The main window (ui/MainWindow) ----
inline constexpr QLatin1String mainWindowGeometry{"MainWindow/geometry"};
inline constexpr QLatin1String mainWindowMainSplitter{"MainWindow/mainSplitter"};
inline constexpr QLatin1String mainWindowShareSplitter{"MainWindow/shareSplitter"};
inline constexpr QLatin1String mainWindowImageHeader{"MainWindow/imageHeader"};
/// The region and image shown last, reopened at start.
inline constexpr QLatin1String browserRegion{"Browser/region"};
inline constexpr QLatin1String browserImage{"Browser/image"};
/// The image list shows "self" (my images) or "others" (images shared with me).
inline constexpr QLatin1String browserImageOwner{"Browser/imageOwner"};
/// The share permission pager: accounts per page, and "all pages at once".
inline constexpr QLatin1String browserPageSize{"Browser/pageSize"};
/// 0 is "Fit": as many accounts per page as the table shows, following the pane's height (a resize is
/// told once it settles, and pages already fetched at a size are shown again from memory). It is the
/// default; a size the user picks (10, 20, 50) is kept, whatever the window's height, until they pick "Fit".
inline constexpr int browserPageSizeDefault = 0;
inline constexpr QLatin1String browserAllPages{"Browser/allPages"};

// ---- The audit window (ui/audit/AuditWindow) ----
inline constexpr QLatin1String auditWindowGeometry{"AuditWindow/geometry"};
inline constexpr QLatin1String auditWindowMainSplitter{"AuditWindow/mainSplitter"};
inline constexpr QLatin1String auditWindowResultsSplitter{"AuditWindow/resultsSplitter"};
inline constexpr QLatin1String auditWindowHeader{"AuditWindow/header"};
/// LastFolder of the snapshot and export file dialogs.
inline constexpr QLatin1String auditWindowFolder{"AuditWindow/folder"};

// ---- Settings > Accounts… (ui/accounts/AccountsDialog) ----
/// LastFolder of the import and export file dialogs (the book itself is accounts.csv, not a setting).
inline constexpr QLatin1String accountsDialogFolder{"Accounts/folder"};

// ---- File > Export (ui/export) ----
/// LastFolder of the export's save dialog.
inline constexpr QLatin1String exportLastFolder{"Export/lastFolder"};
inline constexpr QLatin1String exportFormat{"Export/format"}; // "csv" or "json"
inline constexpr QLatin1String exportByteOrderMark{"Export/byteOrderMark"};
inline constexpr QLatin1String exportScope{"Export/scope"};

// ---- The interface language (app/i18n/Translator) ----
/// "en", "zh_CN", or missing for the system locale.
inline constexpr QLatin1String interfaceLanguage{"ui/language"};

// ---- Credentials profiles (app/credentials/ProfileStore) ----
/// The group of the saved profiles: one subgroup `profiles/<name>` per profile with the three keys below.
inline constexpr QLatin1String profilesGroup{"profiles"};
/// The default profile's name. Starts with a dot, which a profile name cannot, so it never collides with a
/// profile's group; a key named like a profile would be removed with it by QSettings::remove().
inline constexpr QLatin1String defaultProfile{"profiles/.default"};
inline constexpr QLatin1String profileAccessKeyId{"accessKeyId"};
inline constexpr QLatin1String profileRegionId{"regionId"};
inline constexpr QLatin1String profileHasSecurityToken{"hasSecurityToken"};
/// A role profile (CredentialProfile::Source::Role) has these instead of an AccessKey ID: `kind` is
/// `RamRoleArn`, the source profile's name (or `Environment`), and AssumeRole's parameters. No secret.
inline constexpr QLatin1String profileKind{"kind"};
inline constexpr QLatin1String profileKindRamRoleArn{"RamRoleArn"};
inline constexpr QLatin1String profileSourceProfile{"sourceProfile"};
inline constexpr QLatin1String profileRoleArn{"roleArn"};
inline constexpr QLatin1String profileRoleSessionName{"roleSessionName"};
inline constexpr QLatin1String profileExternalId{"externalId"};
inline constexpr QLatin1String profileDurationSeconds{"durationSeconds"};

} // namespace isb::SettingsKeys
