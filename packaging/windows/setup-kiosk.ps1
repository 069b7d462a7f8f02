# SPDX-License-Identifier: Apache-2.0
<#
.SYNOPSIS
    Makes this PC a Town Hall Kiosk: the kiosk account's shell is the kiosk (Shell Launcher v2, restarted
    whenever it exits) and the keys that would leave it are blocked (Keyboard Filter).

.DESCRIPTION
    Needs Windows 10/11 Enterprise, Education or IoT Enterprise (LTSC too): Home and Pro have neither
    feature. Run as SYSTEM, which the MDM Bridge WMI provider that takes Shell Launcher v2's XML requires:
        psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File setup-kiosk.ps1 -Account kiosk
    Enabling the two Windows features may ask for a restart; run the script again after it.
    -Remove undoes it all (Explorer comes back, no key is blocked).

.PARAMETER Account
    The local account the kiosk runs as (created beforehand, with automatic sign-in if wanted).
.PARAMETER KioskExe
    The bundle's kiosk.exe (PyInstaller one-folder build, see packaging/README.md).
.PARAMETER BlockCtrlAltDel
    Block Ctrl+Alt+Del too. Then only a restart into an administrator's session leaves "Exit to desktop".
#>
[CmdletBinding()]
param(
    [string] $Account = "kiosk",
    [string] $KioskExe = "$env:ProgramFiles\Town Hall Kiosk\kiosk.exe",
    [switch] $BlockCtrlAltDel,
    [switch] $Remove
)
$ErrorActionPreference = "Stop"

# Keys that leave a full-screen application or open something beside it.
$BlockedKeys = @("Alt+F4", "Alt+Tab", "Alt+Esc", "Alt+Space", "Ctrl+Esc", "Ctrl+Shift+Esc", "Ctrl+Tab",
                 "Windows", "Win+L", "LaunchMail", "LaunchMediaSelect", "LaunchApp1", "LaunchApp2", "BrowserHome",
                 "BrowserSearch", "BrowserBack", "BrowserForward", "BrowserRefresh", "BrowserStop", "BrowserFavorites")
if ($BlockCtrlAltDel) { $BlockedKeys += "Ctrl+Alt+Del" }

function Assert-Edition {
    $edition = (Get-CimInstance Win32_OperatingSystem).Caption
    if ($edition -notmatch "Enterprise|Education") {
        throw "$edition has no Shell Launcher or Keyboard Filter: they need Enterprise, Education or IoT Enterprise."
    }
}

function Enable-Feature([string] $Name) {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName $Name
    if ($feature.State -ne "Enabled") {
        $result = Enable-WindowsOptionalFeature -Online -FeatureName $Name -All -NoRestart
        if ($result.RestartNeeded) { Write-Warning "$Name needs a restart: restart, then run this script again."; exit 3010 }
    }
}

function Set-ShellLauncher([string] $Xml) {
    # The Assigned Access CSP's ShellLauncher node, through the MDM Bridge WMI provider (SYSTEM only).
    $assigned = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
    $assigned.ShellLauncher = if ($Xml) { [System.Net.WebUtility]::HtmlEncode($Xml) } else { $null }
    Set-CimInstance -CimInstance $assigned
}

function Set-KeyboardFilter([bool] $Block) {
    $namespace = "root\standardcimv2\embedded"
    foreach ($id in $BlockedKeys) {
        $key = Get-CimInstance -Namespace $namespace -ClassName "WEKF_PredefinedKey" | Where-Object Id -eq $id
        if ($key) { Set-CimInstance -CimInstance $key -Property @{ Enabled = $Block } }
        else { Write-Warning "Keyboard Filter knows no key named $id" }
    }
    # Administrators keep every key: they service the machine signed in as themselves.
    $setting = Get-CimInstance -Namespace $namespace -ClassName "WEKF_Settings" |
        Where-Object Name -eq "DisableKeyboardFilterForAdministrators"
    if ($setting) { Set-CimInstance -CimInstance $setting -Property @{ Value = "true" } }
}

Assert-Edition
if ($Remove) {
    Set-ShellLauncher $null
    Set-KeyboardFilter $false
    [Environment]::SetEnvironmentVariable("KIOSK_SUPERVISOR", $null, "Machine")
    Write-Host "Shell Launcher and Keyboard Filter rules removed; sign the kiosk account out and in again."
    exit 0
}
if (-not (Test-Path $KioskExe)) { throw "No kiosk at $KioskExe (pass -KioskExe)." }
if (-not (Get-LocalUser -Name $Account -ErrorAction SilentlyContinue)) { throw "No local account $Account." }
Enable-Feature "Client-EmbeddedShellLauncher"
Enable-Feature "Client-KeyboardFilter"
Set-Service -Name MsKeyboardFilter -StartupType Automatic
Start-Service -Name MsKeyboardFilter

$template = Get-Content -Raw -Encoding UTF8 (Join-Path $PSScriptRoot "shell-launcher.xml")
$xml = $template.Replace("KIOSK_EXE", [System.Security.SecurityElement]::Escape($KioskExe)).
                 Replace("KIOSK_ACCOUNT", [System.Security.SecurityElement]::Escape($Account))
Set-ShellLauncher $xml
Set-KeyboardFilter $true
# Shell Launcher starts the kiosk again after "Restart the kiosk" (exit 11): the kiosk must not restart itself too.
[Environment]::SetEnvironmentVariable("KIOSK_SUPERVISOR", "shell-launcher", "Machine")
Write-Host "Done: sign in as $Account (or restart, with automatic sign-in) and the kiosk is the shell."
