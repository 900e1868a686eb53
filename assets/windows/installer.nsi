; The Windows installer of 保険手帳 (hoken-techo), made with NSIS by scripts/dist --windows.
;
; Our own script rather than the Tauri bundler's: the bundler will not run without its
; nsis_tauri_utils.dll plugin, which it downloads from GitHub and checks against a fixed
; SHA-1, so it cannot build offline (docs/DECISIONS.md, "The Windows installer").
; This script needs only what Debian's nsis package ships (MUI2, LogicLib, the System
; plugin and the COM headers).
;
; Per-user, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\hoken-techo, the data stays where the app keeps it
; (%APPDATA%\jp.hokentecho.desktop), and the uninstaller leaves the data in place.
;
; Defined by scripts/dist on the makensis command line:
;   VERSION   0.1.0
;   SOURCE    the folder with hoken-techo-app.exe, hoken-techo.exe, WebView2Loader.dll
;   ICON      src-tauri/icons/icon.ico
;   OUTFILE   the setup .exe to write
;   COMPRESSOR (optional) lzma, the default, or zlib

; A 64-bit installer: the app is x86-64 only, and Wine (the tests) runs it without the
; 32-bit Wine.
Target amd64-unicode
ManifestDPIAware true
; scripts/dist --windows --debug passes zlib: seconds instead of minutes, for the tests.
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!include MUI2.nsh
!include LogicLib.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

; The app's identifier (tauri.conf.json): Windows shows a notification only for an
; AppUserModelID that a Start-menu shortcut carries, and the app sends its
; notifications under this one (src-tauri/src/notifications.rs).
!define AUMID "jp.hokentecho.desktop"
!define PRODUCT "保険手帳"
!define APP_EXE "hoken-techo-app.exe"
!define CLI_EXE "hoken-techo.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${AUMID}"
; tauri-plugin-autostart's value (the product name) under HKCU\…\Run.
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define RUN_VALUE "hoken-techo"
; The Evergreen WebView2 Runtime's client id (Microsoft's documented registry check).
!define WEBVIEW2_CLIENT "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "${PRODUCT} (hoken-techo)"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\hoken-techo"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "hoken-techo ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "hoken-techo"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "hoken-techo setup"
VIAddVersionKey /LANG=0 "CompanyName" "hoken-techo developers"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Windows' own language picks between them.
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

LangString NoWebView ${LANG_JAPANESE} "このパソコンには Microsoft Edge WebView2 ランタイムが見つかりません。保険手帳の画面の表示に必要です（Windows 11 と、更新済みの Windows 10 には入っています）。$\r$\n$\r$\nWindows Update を実行するか、Microsoft の「WebView2 ランタイム」のページから入手してから、保険手帳を起動してください。インストールはこのまま続けます。"
LangString NoWebView ${LANG_ENGLISH} "The Microsoft Edge WebView2 Runtime was not found on this computer. hoken-techo needs it to draw its window (Windows 11 and an updated Windows 10 have it).$\r$\n$\r$\nRun Windows Update, or get the WebView2 Runtime from Microsoft's page, before you start hoken-techo. The installation goes on."
LangString StillRunning ${LANG_JAPANESE} "保険手帳が起動しているため削除できません。通知領域（タスクバーの右端）の保険手帳のアイコンから「終了」を選んでから、もう一度お試しください。何も削除していません。"
LangString StillRunning ${LANG_ENGLISH} "hoken-techo is running, so it cannot be removed. Choose Quit from its icon in the notification area (the right end of the taskbar), then try again. Nothing was removed."
LangString DataKept ${LANG_JAPANESE} "保険手帳を削除しました。家族のデータ（%APPDATA%\${AUMID}）は削除していません。不要なら、そのフォルダを削除してください。"
LangString DataKept ${LANG_ENGLISH} "hoken-techo was removed. Your household's data (%APPDATA%\${AUMID}) was not deleted; delete that folder if you no longer need it."

; A shortcut that carries the AppUserModelID, made through the shell's COM interfaces
; (the pattern of NSIS's own Win\COM.nsh example): IShellLink for the target,
; IPropertyStore for System.AppUserModel.ID, IPersistFile to save the .lnk.
!macro ShortcutWithAppId LINK TARGET
  !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
  ${If} $0 P<> 0
    ${IShellLink::SetPath} $0 '("${TARGET}").r1'
    ${IShellLink::SetWorkingDirectory} $0 '("$INSTDIR").r2'
    ${IShellLink::SetIconLocation} $0 '("${TARGET}",0)'
    ${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r1)'
    ${If} $1 P<> 0
      System::Call 'shlwapi::SHStrDupW(w "${AUMID}", *p .r4)'
      System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r2'
      System::Call '*${SYSSTRUCT_PROPVARIANT}(${VT_LPWSTR},,p r4)p.r3'
      ${IPropertyStore::SetValue} $1 '($2,$3)'
      ${IPropertyStore::Commit} $1 ""
      System::Call 'ole32::CoTaskMemFree(p r4)'
      System::Free $2
      System::Free $3
      ${IUnknown::Release} $1 ""
    ${EndIf}
    ${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
    ${If} $1 P<> 0
      ${IPersistFile::Save} $1 '("${LINK}",1)'
      ${IUnknown::Release} $1 ""
    ${EndIf}
    ${IUnknown::Release} $0 ""
  ${EndIf}
!macroend

Function .onInit
  ClearErrors
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
    ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ; "0.0.0.0" is what a removed runtime leaves behind.
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    MessageBox MB_ICONINFORMATION|MB_OK "$(NoWebView)" /SD IDOK
  ${EndIf}
FunctionEnd

Section "hoken-techo" SecMain
  SetOutPath "$INSTDIR"
  File "${SOURCE}\${APP_EXE}"
  ; The command line (README "The command line"): the same core, for scripts and
  ; terminals. A console program of its own: a GUI-subsystem program cannot print to
  ; the console it was started from.
  File "${SOURCE}\${CLI_EXE}"
  File /nonfatal "${SOURCE}\WebView2Loader.dll"
  File "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  !insertmacro ShortcutWithAppId "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT} (hoken-techo)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "hoken-techo developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; The app may still run in the tray (start at login): Windows then refuses to delete
  ; it. Stop before anything is removed, so a failed uninstall leaves it whole.
  Delete "$INSTDIR\${APP_EXE}"
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(StillRunning)" /SD IDOK
    Abort
  ${EndIf}
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\icon.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; "Start at login" (設定) points at the program just removed.
  DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  IfSilent +2
  MessageBox MB_ICONINFORMATION|MB_OK "$(DataKept)"
SectionEnd
