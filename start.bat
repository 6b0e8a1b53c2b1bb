@echo off
rem Runs MockAPI on Windows with embedded defaults, as start.sh does elsewhere: builds what changed,
rem starts the manager API on :8000, the mock engine on :8001 and, when npm is installed, the
rem dashboard on :3000. Ctrl-C or closing the window stops all three.
rem The work is done by scripts\StartMockApi.java (tested on Linux by scripts\check-bat.sh); this
rem file only finds a Java 21 or newer to run it with.
setlocal
cd /d "%~dp0"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
rem The settings go to a file: a for /f command that starts with a quoted path loses its quotes.
set "JAVA_SETTINGS=%TEMP%\mockapi-java-settings.txt"
"%JAVA%" -XshowSettings:properties -version 2>"%JAVA_SETTINGS%"
if errorlevel 1 goto no_java

rem java.specification.version is "21" on Java 21 and "1.8" on Java 8: the part before the dot.
set "JAVA_MAJOR=0"
for /f "tokens=2 delims==" %%v in ('findstr java.specification.version "%JAVA_SETTINGS%"') do (
  for /f "tokens=1 delims=. " %%m in ("%%v") do set "JAVA_MAJOR=%%m"
)
del "%JAVA_SETTINGS%" 2>nul
if %JAVA_MAJOR% LSS 21 goto old_java

"%JAVA%" scripts\StartMockApi.java
exit /b %errorlevel%

:no_java
echo MockAPI needs a JDK 21 or newer. None found: JAVA_HOME is not set and java is not on PATH,
echo or JAVA_HOME ("%JAVA_HOME%") holds no bin\java.exe.
echo Install one (for example Temurin 21 from https://adoptium.net) and set JAVA_HOME to it.
exit /b 1

:old_java
echo MockAPI needs a JDK 21 or newer; "%JAVA%" is Java %JAVA_MAJOR%.
echo Install Java 21 or newer (for example Temurin 21 from https://adoptium.net) and set JAVA_HOME to it.
exit /b 1
