; Inno Setup 6 (6.3 or later) script for Caseworker: installs the one-folder program that
; `pyinstaller build.spec` built on Windows (dist\caseworker\) into Program Files\Caseworker,
; with a Start-menu shortcut and an uninstaller. Steps: installer\windows\README.md.
;
; Workspaces are never in the program's folder: the program keeps them in the user's profile
; (%USERPROFILE%\.local\share\caseworker\workspace, office, demo; the list of those opened in
; %USERPROFILE%\.config\caseworker). Installing a newer version over an older one replaces only
; the program, and the newer program backs each workspace up and migrates it when it first
; opens it. Uninstalling removes the program only.

; build.spec writes dist\caseworker-version.iss: #define AppVersion "x.y.z", from the source.
#include "..\..\dist\caseworker-version.iss"

[Setup]
; The same AppId in every version, so that a newer installer upgrades the older installation.
AppId={{84367BB5-9FB4-46D5-A135-EC0360A26466}
AppName=Caseworker
AppVersion={#AppVersion}
AppVerName=Caseworker {#AppVersion}
DefaultDirName={autopf}\Caseworker
DefaultGroupName=Caseworker
DisableProgramGroupPage=yes
; For all users (Program Files, needs an administrator) by default; a caseworker without
; administrator rights can choose "only for me", which installs under their own profile.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\caseworker.ico
UninstallDisplayIcon={app}\caseworkerw.exe
OutputDir=..\..\dist
OutputBaseFilename=caseworker-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries wholesale: a file the older build had and the newer one
; dropped must not linger in _internal, where Python or Qt would still load it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Everything the build made, including site.json and handover.txt when `caseworker office
; package` wrote them into dist\caseworker\ (the program looks for site.json beside itself).
Source: "..\..\dist\caseworker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; caseworkerw.exe is the program without a console window; caseworker.exe is the command line.
Name: "{autoprograms}\Caseworker"; Filename: "{app}\caseworkerw.exe"
Name: "{autodesktop}\Caseworker"; Filename: "{app}\caseworkerw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\caseworkerw.exe"; Description: "{cm:LaunchProgram,Caseworker}"; Flags: nowait postinstall skipifsilent
