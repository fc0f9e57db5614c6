; Sentra Desk installer for Windows 10/11 (NSIS 3, Unicode). Per-machine: the program goes to Program Files,
; the station's data to ProgramData\SentraDesk, one station database for every Windows account on the PC.
;
; makensis -DVERSION=0.1.0 -DPAYLOAD=dist\SentraDesk -DOUTFILE=dist\SentraDesk-0.1.0-setup.exe packaging\windows\sentra.nsi
; (`./run.sh package` and .github/workflows/windows-installer.yml pass these; -DCHECK_ONLY stores without
; compression, for the Linux run that only proves the script compiles against the payload's file list.)
;
; Silent: SentraDesk-X-setup.exe /S [/D=C:\Path]  and  "<install dir>\Uninstall.exe" /S
; Upgrades replace the program files only; neither an upgrade nor the uninstaller touches the data folder.

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
!ifdef CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (pyproject.toml's version)"
!endif
!ifndef BUILD
  !define BUILD 0  ; the fourth number of the file version: a rebuild of the same release
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\SentraDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\SentraDesk-${VERSION}-setup.exe"
!endif

!define APP "Sentra Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SentraDesk"
; $APPDATA is ProgramData (C:\ProgramData) once SetShellVarContext all is in effect.
!define DATA_SUBDIR "SentraDesk"
; Well-known SID of the local "Users" group (its name is translated on Indonesian Windows).
!define USERS_SID "*S-1-5-32-545"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!define MUI_ICON "..\..\resources\icons\sentra.ico"
!define MUI_UNICON "..\..\resources\icons\sentra.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\SentraDesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Indonesian first: it is the installer's language unless Windows runs in English.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString AppRunning ${LANG_INDONESIAN} "Sentra Desk sedang berjalan. Tutup semua jendela Sentra Desk di PC ini, lalu jalankan pemasang lagi."
LangString AppRunning ${LANG_ENGLISH} "Sentra Desk is running. Close every Sentra Desk window on this PC, then run the installer again."
LangString Needs64 ${LANG_INDONESIAN} "Sentra Desk memerlukan Windows 64-bit."
LangString Needs64 ${LANG_ENGLISH} "Sentra Desk needs 64-bit Windows."
LangString DataKept ${LANG_INDONESIAN} "Data stasiun di $APPDATA\${DATA_SUBDIR} tidak dihapus."
LangString DataKept ${LANG_ENGLISH} "The station data in $APPDATA\${DATA_SUBDIR} was kept."

; A running program file cannot be opened for writing on Windows: that is how a running desk is detected,
; without a plug-in, for every user's session on the PC.
!macro _FlagIfInUse FILE
  ${If} ${FileExists} "${FILE}"
    ClearErrors
    FileOpen $0 "${FILE}" a
    ${If} ${Errors}
      StrCpy $1 1
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
!macroend

!macro RefuseWhileRunning DIR
  StrCpy $1 0
  !insertmacro _FlagIfInUse "${DIR}\SentraDesk.exe"
  !insertmacro _FlagIfInUse "${DIR}\sentra.exe"
  ${If} $1 == 1
    MessageBox MB_ICONSTOP|MB_OK "$(AppRunning)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "$(Needs64)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  !insertmacro RefuseWhileRunning "$INSTDIR"
FunctionEnd

Section "Sentra Desk" SecMain
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  ; An upgrade: the old program files go (a stale module would shadow a new one); the data folder stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\SentraDesk.exe"
  Delete "$INSTDIR\sentra.exe"

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"

  ; The PC's station folder, writable by every user of the PC (Modify, inherited by new files).
  CreateDirectory "$APPDATA\${DATA_SUBDIR}"
  nsExec::ExecToLog 'icacls "$APPDATA\${DATA_SUBDIR}" /grant ${USERS_SID}:(OI)(CI)M /T /Q'
  Pop $0
  ; Its key folder beside it: the audit trail's key and the central database password, for the same users.
  CreateDirectory "$APPDATA\${DATA_SUBDIR}-keys"
  nsExec::ExecToLog 'icacls "$APPDATA\${DATA_SUBDIR}-keys" /grant ${USERS_SID}:(OI)(CI)M /T /Q'
  Pop $0
  ; Tells the installed app where the station lives (desktop/paths.py reads it beside the program).
  FileOpen $0 "$INSTDIR\sentra.ini" w
  FileWrite $0 "; Written by the Sentra Desk installer: this PC's station database.$\r$\n"
  FileWrite $0 "[station]$\r$\n"
  FileWrite $0 "data_dir = $APPDATA\${DATA_SUBDIR}$\r$\n"
  FileClose $0

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\SentraDesk.exe" "" "$INSTDIR\SentraDesk.exe" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\SentraDesk.exe" "" "$INSTDIR\SentraDesk.exe" 0

  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\SentraDesk.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" 200000
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro RefuseWhileRunning "$INSTDIR"
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\SentraDesk.exe"
  Delete "$INSTDIR\sentra.exe"
  Delete "$INSTDIR\sentra.ini"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; $APPDATA\SentraDesk (the station's records and backups) is never removed.
  DetailPrint "$(DataKept)"
SectionEnd
