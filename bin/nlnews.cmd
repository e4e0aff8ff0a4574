@echo off
rem Runs nlnews on Windows from an unpacked release archive: nlnews.jar beside this bin folder,
rem its libraries in lib\ (named in the jar's manifest). In a clone of the project it runs
rem target\nlnews.jar, which 'mvn -DskipTests package' builds. Java: %JAVA_HOME%\bin\java.exe
rem when JAVA_HOME is set, else java on PATH (17 or later). NLNEWS_JAVA_OPTS adds JVM options.
setlocal
set "NLNEWS_JAR=%~dp0..\nlnews.jar"
if not exist "%NLNEWS_JAR%" set "NLNEWS_JAR=%~dp0..\target\nlnews.jar"
if not exist "%NLNEWS_JAR%" goto nojar
set "NLNEWS_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "NLNEWS_JAVA=%JAVA_HOME%\bin\java.exe"
rem The JVM's own warnings go to stderr: stdout carries results only.
"%NLNEWS_JAVA%" -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr %NLNEWS_JAVA_OPTS% -jar "%NLNEWS_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo nlnews: no nlnews.jar beside %~dp0 ^(in a clone, build it with: mvn -DskipTests package^) 1>&2
exit /b 3
