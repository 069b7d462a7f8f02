<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ComingSoonScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="32" />
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="33" />
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="34" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="35" />
        <source>Contact the town</source>
        <translation>Contactar al municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="40" />
        <source>This part of the kiosk is not available yet. Nothing you do here is saved.</source>
        <translation>Esta parte del quiosco aún no está disponible. Nada de lo que haga aquí se guarda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="42" />
        <source>When it is, you will be able to search records without an account.</source>
        <translation>Cuando lo esté, podrá buscar registros sin una cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/coming_soon.py" line="44" />
        <source>For help now: {front_desk}</source>
        <translation>Para recibir ayuda ahora: {front_desk}</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="60" />
        <source>Change language to {language}</source>
        <translation>Cambiar el idioma a {language}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="62" />
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="63" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="41" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="44" />
        <source>How can we help you today?</source>
        <translation>¿En qué podemos ayudarle hoy?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="46" />
        <source>Search records
Properties and permits, no account needed</source>
        <translation>Buscar registros
Propiedades y permisos, sin necesidad de cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="47" />
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="49" />
        <source>Contact the town</source>
        <translation>Contactar al municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="50" />
        <source>Privacy &amp; terms</source>
        <translation>Privacidad y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="56" />
        <source>Notice: the {title} changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: la {title} cambió el {date}. Toque para leer qué cambió.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="114" />
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="161" />
        <source>For your privacy, this visit will end in 1 second and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en 1 segundo y se borrará todo lo que haya escrito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="163" />
        <source>For your privacy, this visit will end in {n} seconds and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en {n} segundos y se borrará todo lo que haya escrito.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="105" />
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="105" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="106" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="107" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="231" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="242" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="314" />
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="232" />
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="233" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="244" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="234" />
        <source>?123</source>
        <translation>?123</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="235" />
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="236" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="247" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="243" />
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="245" />
        <source>Numbers and symbols</source>
        <translation>Números y símbolos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="246" />
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="248" />
        <source>dot com</source>
        <translation>punto com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="249" />
        <source>at sign</source>
        <translation>arroba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="250" />
        <source>period</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="251" />
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="252" />
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="253" />
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="254" />
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="255" />
        <source>quotation mark</source>
        <translation>comillas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="256" />
        <source>question mark</source>
        <translation>signo de interrogación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="257" />
        <source>exclamation mark</source>
        <translation>signo de exclamación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="258" />
        <source>number sign</source>
        <translation>almohadilla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="259" />
        <source>dollar sign</source>
        <translation>signo de dólar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="260" />
        <source>percent sign</source>
        <translation>signo de porcentaje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="261" />
        <source>ampersand</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="262" />
        <source>asterisk</source>
        <translation>asterisco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="263" />
        <source>left parenthesis</source>
        <translation>paréntesis de apertura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="264" />
        <source>right parenthesis</source>
        <translation>paréntesis de cierre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="265" />
        <source>plus sign</source>
        <translation>signo más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="266" />
        <source>equals sign</source>
        <translation>signo igual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="267" />
        <source>slash</source>
        <translation>barra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="268" />
        <source>colon</source>
        <translation>dos puntos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="269" />
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="314" />
        <source>Caps lock</source>
        <translation>Bloqueo de mayúsculas</translation>
    </message>
</context>
<context>
    <name>PoliciesScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="75" />
        <source>Privacy &amp; terms</source>
        <translation>Privacidad y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="86" />
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="87" />
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="88" />
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="89" />
        <location filename="../../kiosk/ui/screens/policies.py" line="90" />
        <source>Find a word in this document</source>
        <translation>Buscar una palabra en este documento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="91" />
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="92" />
        <source>Print this policy</source>
        <translation>Imprimir esta política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="96" />
        <source>{title}, version {version}, in force since {date}</source>
        <translation>{title}, versión {version}, vigente desde el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="99" />
        <source>(sample text, not adopted by the town)</source>
        <translation>(texto de ejemplo, no adoptado por el municipio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="102" />
        <source>What changed: {changes}</source>
        <translation>Qué cambió: {changes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="105" />
        <source>This document is published in English only.</source>
        <translation>Este documento se publica solo en inglés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="117" />
        <source>That word is not in this document.</source>
        <translation>Esa palabra no está en este documento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="131" />
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="137" />
        <source>Printed. Please take your copy from the printer.</source>
        <translation>Impreso. Recoja su copia en la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="143" />
        <source>Sorry, the printer is not working right now. Please ask at the front desk for a printed copy.</source>
        <translation>Lo sentimos, la impresora no funciona en este momento. Pida una copia impresa en la recepción.</translation>
    </message>
</context>
</TS>