<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="154"/>
        <source>Unlocked: {username} can sign in again now.</source>
        <translation>Desbloqueada: {username} ya puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="161"/>
        <source>Issue a temporary password for {username}? Their present password stops working. A slip with the temporary one prints for them, and the kiosk makes them choose a new password at their next sign-in. Only do this with the resident at the desk.</source>
        <translation>¿Emitir una contraseña temporal para {username}? Su contraseña actual deja de funcionar. Se imprime un comprobante con la temporal, y el quiosco le pedirá elegir una contraseña nueva la próxima vez que inicie sesión. Hágalo solo con el residente presente en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="165"/>
        <source>Issue and print the slip</source>
        <translation>Emitir e imprimir el comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="165"/>
        <location filename="../../kiosk/ui/console/assist_account.py" line="262"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="183"/>
        <source>Issuing and printing…</source>
        <translation>Emitiendo e imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="189"/>
        <source>The slip is printing. Hand it to the resident yourself.</source>
        <translation>El comprobante se está imprimiendo. Entrégueselo usted mismo al residente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="192"/>
        <source>The temporary password is issued, but the printer is not working, so no slip printed. Write the user name and the password below on paper for the resident.</source>
        <translation>La contraseña temporal está emitida, pero la impresora no funciona y no se imprimió el comprobante. Escriba en un papel para el residente el nombre de usuario y la contraseña que aparecen abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="218"/>
        <source>The contact details were corrected.</source>
        <translation>Los datos de contacto se corrigieron.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="223"/>
        <source>Please correct the marked fields. Nothing was changed.</source>
        <translation>Corrija los campos marcados. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="234"/>
        <source>Close the account {username}? The resident can no longer sign in, and the user name stays taken. Their messages are kept as before; the account itself is deleted {days} days after closing. This cannot be undone here.</source>
        <translation>¿Cerrar la cuenta {username}? El residente ya no podrá iniciar sesión y el nombre de usuario seguirá ocupado. Sus mensajes se conservan como hasta ahora; la cuenta se elimina {days} días después del cierre. Esto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="238"/>
        <location filename="../../kiosk/ui/console/assist_account.py" line="356"/>
        <source>Close the account</source>
        <translation>Cerrar la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="238"/>
        <source>Keep it open</source>
        <translation>Mantenerla abierta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="251"/>
        <source>The account is closed.</source>
        <translation>La cuenta está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="258"/>
        <source>Print everything held about {username} for a records request? The readable copy prints here, on the kiosk&apos;s printer: stay by it. The same records as a JSON file come from a front-desk PC (kiosk --staff) or from kiosk-admin accounts export.</source>
        <translation>¿Imprimir todo lo que se conserva sobre {username} para una solicitud de registros? La copia legible se imprime aquí, en la impresora del quiosco: quédese junto a ella. Los mismos registros en un archivo JSON se obtienen desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="262"/>
        <source>Print the records</source>
        <translation>Imprimir los registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="268"/>
        <source>Choose the folder for the records export</source>
        <translation>Elija la carpeta para la exportación de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="290"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="295"/>
        <source>The export could not be saved in that folder (it cannot be written, or files of that name are there already). Please choose another folder.</source>
        <translation>No se pudo guardar la exportación en esa carpeta (no se puede escribir en ella, o ya hay archivos con ese nombre). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="299"/>
        <source>Saved: {json} and {pdf}. Both hold the resident&apos;s personal data: send them only to the requester and keep them with the request.</source>
        <translation>Guardado: {json} y {pdf}. Ambos contienen datos personales del residente: envíelos solo a quien los solicitó y archívelos con la solicitud.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="315"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="320"/>
        <source>The printer is not working, so the records did not print. Export them from a front-desk PC (kiosk --staff) or with kiosk-admin accounts export.</source>
        <translation>La impresora no funciona y los registros no se imprimieron. Expórtelos desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="324"/>
        <source>The records are printing. The JSON copy comes from a front-desk PC (kiosk --staff) or from kiosk-admin accounts export.</source>
        <translation>Los registros se están imprimiendo. La copia en JSON se obtiene desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="336"/>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisor puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="337"/>
        <source>This account is closed already.</source>
        <translation>Esta cuenta ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="338"/>
        <source>Please type a user name, a name or an e-mail address.</source>
        <translation>Escriba un nombre de usuario, un nombre o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="341"/>
        <source>This account no longer exists (retention may have deleted it).</source>
        <translation>Esta cuenta ya no existe (puede que la conservación de registros la haya eliminado).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="342"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="348"/>
        <source>Back to the results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="349"/>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="350"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="350"/>
        <source>Unlock the account</source>
        <translation>Desbloquear la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="351"/>
        <source>Issue a temporary password</source>
        <translation>Emitir una contraseña temporal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="352"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="354"/>
        <source>Save the corrections</source>
        <translation>Guardar las correcciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="355"/>
        <source>Closing and records requests (supervisors)</source>
        <translation>Cierre y solicitudes de registros (supervisores)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="357"/>
        <source>Export everything held</source>
        <translation>Exportar todo lo conservado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="358"/>
        <source>Export everything held about this account, for a records request</source>
        <translation>Exportar todo lo que se conserva sobre esta cuenta, para una solicitud de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="361"/>
        <source>Account {username}</source>
        <translation>Cuenta {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="370"/>
        <source>Temporary password for {username}</source>
        <translation>Contraseña temporal de {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="372"/>
        <source>Temporary password: {letters}</source>
        <translation>Contraseña temporal: {letters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="374"/>
        <source>Shown this once: it goes from the screen when you leave this account. Hand the slip to the resident (check the user name on it); the kiosk makes them choose their own password at the next sign-in.</source>
        <translation>Se muestra esta única vez: desaparece de la pantalla al salir de esta cuenta. Entregue el comprobante al residente (compruebe el nombre de usuario que figura en él); el quiosco le pedirá elegir su propia contraseña la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="381"/>
        <source>Closed on {date}.</source>
        <translation>Cerrada el {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="383"/>
        <source>Locked after too many failed sign-ins, until {time}.</source>
        <translation>Bloqueada por demasiados intentos fallidos de inicio de sesión, hasta las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="386"/>
        <source>A temporary password is waiting to be replaced.</source>
        <translation>Hay una contraseña temporal pendiente de sustituir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="387"/>
        <source>Open, not locked.</source>
        <translation>Abierta, sin bloquear.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="392"/>
        <source>version {version}, on {date}</source>
        <translation>versión {version}, el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="394"/>
        <source>none accepted</source>
        <translation>ninguna aceptada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="396"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="397"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="398"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="399"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="400"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="401"/>
        <source>Terms accepted</source>
        <translation>Condiciones aceptadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="402"/>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
</context>
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="72"/>
        <location filename="../../kiosk/ui/screens/account.py" line="169"/>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="108"/>
        <source>Please correct the marked fields. Nothing was changed.</source>
        <translation>Corrija los campos marcados. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="104"/>
        <source>Your contact details were saved.</source>
        <translation>Se guardaron sus datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="130"/>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="138"/>
        <source>Your password was not changed. Please type the passwords again.</source>
        <translation>No se cambió su contraseña. Escriba de nuevo las contraseñas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="153"/>
        <source>Printed. Please take your copy with you.</source>
        <translation>Impreso. No olvide llevarse su copia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="120"/>
        <source>Please correct the marked licenses. Nothing was changed.</source>
        <translation>Corrija las licencias marcadas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="81"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="115"/>
        <source>Your licenses were saved.</source>
        <translation>Se guardaron sus licencias.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="168"/>
        <source>Signed in as {username}</source>
        <translation>Sesión iniciada como {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="171"/>
        <source>You accepted the terms, version {version}, on {date}.</source>
        <translation>Usted aceptó las condiciones, versión {version}, el {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="175"/>
        <source>You have not accepted the terms in force, so you can search and read, but not do business with the town. Sign in again to accept them.</source>
        <translation>No ha aceptado las condiciones vigentes, así que puede buscar y leer, pero no hacer trámites con el municipio. Inicie sesión de nuevo para aceptarlas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="177"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="179"/>
        <source>Save contact details</source>
        <translation>Guardar los datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="180"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="181"/>
        <source>Save licenses</source>
        <translation>Guardar licencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="182"/>
        <location filename="../../kiosk/ui/screens/account.py" line="186"/>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="183"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="184"/>
        <source>New password (8 to 20 characters)</source>
        <translation>Nueva contraseña (de 8 a 20 caracteres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="185"/>
        <source>Type the new password again</source>
        <translation>Escriba de nuevo la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="187"/>
        <source>Print a copy</source>
        <translation>Imprimir una copia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/account.py" line="188"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
</context>
<context>
    <name>AssistPage</name>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="75"/>
        <source>Assist a resident</source>
        <translation>Ayudar a un residente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="87"/>
        <location filename="../../kiosk/ui/console/assist_page.py" line="97"/>
        <source>Please type a user name, a name or an e-mail address.</source>
        <translation>Escriba un nombre de usuario, un nombre o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="94"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="115"/>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="123"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="125"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="171"/>
        <source>Find the resident&apos;s account by their user name, their name, or their e-mail address. Ask to see an ID before you change anything.</source>
        <translation>Busque la cuenta del residente por su nombre de usuario, su nombre o su dirección de correo electrónico. Pida ver una identificación antes de cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="173"/>
        <source>User name, name or e-mail address</source>
        <translation>Nombre de usuario, nombre o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="174"/>
        <source>e.g. jsmith, Jane Smith, jane@example.com</source>
        <translation>p. ej., jsmith, Jane Smith, jane@example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="175"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="175"/>
        <source>Find the account</source>
        <translation>Buscar la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="177"/>
        <source>An account found</source>
        <translation>Una cuenta encontrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="186"/>
        <source>More than {limit} accounts match: the first {limit} are shown. Type more of the name, or the e-mail address.</source>
        <translation>Coinciden más de {limit} cuentas: se muestran las primeras {limit}. Escriba más del nombre, o la dirección de correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/assist_page.py" line="189"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n cuenta encontrada</numerusform>
            <numerusform>%n cuentas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="192"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="192"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="192"/>
        <source>Previous accounts</source>
        <translation>Cuentas anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="192"/>
        <source>Next accounts</source>
        <translation>Cuentas siguientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_page.py" line="194"/>
        <source>No account matches. Check the spelling, or try the e-mail address.</source>
        <translation>Ninguna cuenta coincide. Revise la ortografía o pruebe con la dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>CancelledScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="33"/>
        <source>Contact the town</source>
        <translation>Contactar al municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="33"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="37"/>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="38"/>
        <source>Your message was not sent and everything you typed has been cleared. You can still search the town&apos;s records, or ask at the front desk.</source>
        <translation>Su mensaje no se envió y se borró todo lo que escribió. Puede seguir buscando en los registros del municipio o preguntar en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="41"/>
        <source>Nothing was saved</source>
        <translation>No se guardó nada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="42"/>
        <source>Your account was not created and everything you typed has been cleared. You can still search the town&apos;s records without an account.</source>
        <translation>Su cuenta no se creó y se borró todo lo que escribió. Puede seguir buscando en los registros del municipio sin una cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="44"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="45"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../kiosk/ui/widgets/choice.py" line="187"/>
        <source>Keep as it was</source>
        <translation>Dejar como estaba</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/choice.py" line="115"/>
        <source>Choose one…</source>
        <translation>Elija una opción…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/choice.py" line="125"/>
        <source>Tap to choose</source>
        <translation>Toque para elegir</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../kiosk/ui/console/widgets.py" line="67"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/widgets.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsoleShell</name>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="144"/>
        <location filename="../../kiosk/ui/console/shell.py" line="216"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="211"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="212"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="220"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="220"/>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
</context>
<context>
    <name>ContactFormScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="118"/>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="308"/>
        <source>Contact the town</source>
        <translation>Contactar al municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="213"/>
        <source>Please check the answers marked below.</source>
        <translation>Revise las respuestas marcadas abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="219"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="233"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="234"/>
        <source>Sorry, your message could not be sent just now, and nothing was kept. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, su mensaje no se pudo enviar ahora y no se guardó nada. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="281"/>
        <source>Your receipt is printed. Please take it from the printer.</source>
        <translation>Su comprobante está impreso. Recójalo en la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="282"/>
        <source>Your message was sent, but the printer is not working, so there is no paper receipt. Please write down your reference number, or ask at the front desk.</source>
        <translation>Su mensaje se envió, pero la impresora no funciona y no hay comprobante en papel. Anote su número de referencia o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="309"/>
        <source>To: {department}</source>
        <translation>Para: {department}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="310"/>
        <source>Choose a form on the Contact screen.</source>
        <translation>Elija un formulario en la pantalla de contacto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="311"/>
        <source>Send without my name</source>
        <translation>Enviar sin mi nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="312"/>
        <source>Send without my name. The town will not be able to reply.</source>
        <translation>Enviar sin mi nombre. El municipio no podrá responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="314"/>
        <source>This form is anonymous: please do not write your name or contact details in it.</source>
        <translation>Este formulario es anónimo: no escriba en él su nombre ni sus datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="317"/>
        <source>You are sending this without your name or contact details, so the town cannot reply to you.</source>
        <translation>Está enviando esto sin su nombre ni sus datos de contacto, así que el municipio no podrá responderle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="320"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="320"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="320"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="321"/>
        <source>Month/day/year, for example 03/15/2026.</source>
        <translation>Mes/día/año, por ejemplo 03/15/2026.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="321"/>
        <source>Choose one…</source>
        <translation>Elija una opción…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="322"/>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="323"/>
        <source>Please check what will be sent. You can still change it, or cancel and nothing is kept.</source>
        <translation>Revise lo que se enviará. Todavía puede cambiarlo, o cancelar y no se guardará nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="324"/>
        <source>The town uses what you send only to answer you and to see trends. It may pass your message to another department or agency better placed to answer.</source>
        <translation>El municipio usa lo que envíe solo para responderle y para ver tendencias. Puede pasar su mensaje a otro departamento u organismo mejor situado para responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="326"/>
        <source>Your message may become a public record under state law.</source>
        <translation>Su mensaje puede convertirse en un documento público según la ley estatal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="327"/>
        <source>A message sent here is not legal notice to the town of any claim.</source>
        <translation>Un mensaje enviado aquí no es una notificación legal al municipio de ningún reclamo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="329"/>
        <source>You are not giving your name or contact details: the town cannot reply.</source>
        <translation>No está dando su nombre ni sus datos de contacto: el municipio no podrá responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="333"/>
        <source>Your message was sent. Your reference number is:</source>
        <translation>Su mensaje se envió. Su número de referencia es:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="339"/>
        <source>The {department} will read it. You did not leave contact details, so the town cannot reply. Quote the reference number if you ask about it.</source>
        <translation>El {department} lo leerá. No dejó datos de contacto, así que el municipio no podrá responder. Indique el número de referencia si pregunta por él.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="342"/>
        <source>The {department} will read it and reply using the contact details you gave. Quote the reference number if you ask about it.</source>
        <translation>El {department} lo leerá y responderá usando los datos de contacto que dio. Indique el número de referencia si pregunta por él.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="345"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="345"/>
        <source>Cancel: nothing is kept</source>
        <translation>Cancelar: no se guarda nada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="346"/>
        <source>Change answers</source>
        <translation>Cambiar respuestas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="347"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="348"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="349"/>
        <source>Print the receipt again</source>
        <translation>Imprimir el comprobante otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact_form.py" line="350"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="70"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="72"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="72"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="73"/>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="73"/>
        <source>City or town</source>
        <translation>Ciudad o pueblo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="73"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="74"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="74"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="74"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/contact.py" line="65"/>
        <source>Contact the town</source>
        <translation>Contactar al municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact.py" line="87"/>
        <source>Choose what you need. You can cancel at any time before you send, and then nothing is kept.</source>
        <translation>Elija lo que necesita. Puede cancelar en cualquier momento antes de enviar, y entonces no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact.py" line="90"/>
        <source>What you send goes to the town department that can answer it. The town uses it only to answer you and to see trends, and may pass it to another department or agency better placed to answer. It may become a public record. A message is not legal notice to the town of a claim. If you do not say who you are, the town cannot reply.</source>
        <translation>Lo que envíe llega al departamento del municipio que puede responderlo. El municipio lo usa solo para responderle y para ver tendencias, y puede pasarlo a otro departamento u organismo mejor situado para responder. Puede convertirse en un documento público. Un mensaje no es una notificación legal al municipio de un reclamo. Si no dice quién es, el municipio no podrá responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact.py" line="94"/>
        <source>Messages cannot be sent from this kiosk. For help now: {front_desk}</source>
        <translation>Desde este quiosco no se pueden enviar mensajes. Para recibir ayuda ahora: {front_desk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/contact.py" line="102"/>
        <source>Ask the {department} a question</source>
        <translation>Hacer una pregunta al {department}</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../../kiosk/ui/widgets/discard_question.py" line="53"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/discard_question.py" line="55"/>
        <source>Everything you typed here will be cleared, and nothing will be sent or saved.</source>
        <translation>Se borrará todo lo que escribió aquí y no se enviará ni guardará nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/discard_question.py" line="57"/>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/discard_question.py" line="58"/>
        <source>Keep what I typed</source>
        <translation>Conservar lo que escribí</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="165"/>
        <source>Your account has been created.

User name: {username}
Created: {when}

Next: sign in at any kiosk or on the town&apos;s online portal with your user name and password. If you forget your password, use &quot;Forgot password&quot; and your security question, or ask at the front desk. The town never asks for your password by phone or e-mail.</source>
        <translation>Su cuenta ha sido creada.

Nombre de usuario: {username}
Creada: {when}

Ahora: inicie sesión en cualquier quiosco o en el portal en línea del municipio con su nombre de usuario y contraseña. Si olvida su contraseña, use &quot;¿Olvidó su contraseña?&quot; y su pregunta de seguridad, o pregunte en la recepción. El municipio nunca le pedirá su contraseña por teléfono ni por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>ForgotScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="56"/>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="74"/>
        <source>Please type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="78"/>
        <location filename="../../kiosk/ui/screens/forgot.py" line="98"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="108"/>
        <source>That answer is not right. Please try again.</source>
        <translation>Esa respuesta no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="114"/>
        <source>Please type your answer and a new password again.</source>
        <translation>Escriba de nuevo su respuesta y una nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="117"/>
        <source>Set a new password</source>
        <translation>Crear una nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="118"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="119"/>
        <source>Show my security question</source>
        <translation>Mostrar mi pregunta de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="120"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="121"/>
        <source>New password (8 to 20 characters)</source>
        <translation>Nueva contraseña (de 8 a 20 caracteres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="122"/>
        <source>Type the new password again</source>
        <translation>Escriba de nuevo la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="123"/>
        <source>Set the new password</source>
        <translation>Guardar la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="124"/>
        <source>Use another user name</source>
        <translation>Usar otro nombre de usuario</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../kiosk/ui/widgets/form.py" line="74"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/form.py" line="74"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/form.py" line="75"/>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/form.py" line="75"/>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="117"/>
        <source>Change language to {language}</source>
        <translation>Cambiar el idioma a {language}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="119"/>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="120"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="121"/>
        <source>Signed in as {username}</source>
        <translation>Sesión iniciada como {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="123"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="46"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="84"/>
        <source>How can we help you today?</source>
        <translation>¿En qué podemos ayudarle hoy?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="87"/>
        <source>Search records
Properties and permits, no account needed</source>
        <translation>Buscar registros
Propiedades y permisos, sin necesidad de cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="88"/>
        <source>My account
Your details, password and requests</source>
        <translation>Mi cuenta
Sus datos, contraseña y solicitudes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="89"/>
        <source>Create an account
To do business with the town</source>
        <translation>Crear una cuenta
Para hacer trámites con el municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="90"/>
        <source>Sign in
With the user name and password you chose</source>
        <translation>Iniciar sesión
Con el nombre de usuario y la contraseña que eligió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="91"/>
        <source>Contact the town
Ask a question, report a problem, request records</source>
        <translation>Contactar al municipio
Haga una pregunta, informe un problema, pida registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="92"/>
        <source>Privacy &amp; terms
How the town uses what you share</source>
        <translation>Privacidad y condiciones
Cómo usa el municipio lo que usted comparte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="103"/>
        <source>Notice: the privacy policy changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: la política de privacidad cambió el {date}. Toque para leer qué cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="104"/>
        <source>Notice: the terms and conditions changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: los términos y condiciones cambiaron el {date}. Toque para leer qué cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="106"/>
        <source>Notice: the {title} changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: la {title} cambió el {date}. Toque para leer qué cambió.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="213"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="215"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="226"/>
        <source>For your privacy, this visit will end in 1 second and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en 1 segundo y se borrará todo lo que haya escrito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="228"/>
        <source>For your privacy, this visit will end in {n} seconds and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en {n} segundos y se borrará todo lo que haya escrito.</translation>
    </message>
</context>
<context>
    <name>LicenceEditor</name>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="95"/>
        <source>Add a license</source>
        <translation>Agregar una licencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="95"/>
        <source>Add another license</source>
        <translation>Agregar otra licencia</translation>
    </message>
</context>
<context>
    <name>LicenceRow</name>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="37"/>
        <source>License type</source>
        <translation>Tipo de licencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="38"/>
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="39"/>
        <source>Issuing state</source>
        <translation>Estado emisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="40"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/licences.py" line="40"/>
        <source>Remove license {n}</source>
        <translation>Quitar la licencia {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="14"/>
        <source>The kiosk cannot reach the town&apos;s records just now. Please try again, or ask at the front desk.</source>
        <translation>El quiosco no puede acceder a los registros del municipio en este momento. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="20"/>
        <source>Please fill this in.</source>
        <translation>Complete este campo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="21"/>
        <source>This is too short.</source>
        <translation>Es demasiado corto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="22"/>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="23"/>
        <source>This contains characters that cannot be used here.</source>
        <translation>Contiene caracteres que no se pueden usar aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="24"/>
        <source>That user name is already taken. Please choose another.</source>
        <translation>Ese nombre de usuario ya existe. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26"/>
        <source>Please use letters from one alphabet only.</source>
        <translation>Use letras de un solo alfabeto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28"/>
        <source>This password is too common and easy to guess. Please choose another.</source>
        <translation>Esta contraseña es demasiado común y fácil de adivinar. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30"/>
        <source>This password is easy to guess. Add another word or some numbers.</source>
        <translation>Esta contraseña es fácil de adivinar. Agregue otra palabra o algunos números.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32"/>
        <source>The password must not contain your user name.</source>
        <translation>La contraseña no debe contener su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33"/>
        <source>That is not your current password.</source>
        <translation>Esa no es su contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34"/>
        <source>Please choose a new password, not the temporary one you were given.</source>
        <translation>Elija una contraseña nueva, no la temporal que le dieron.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36"/>
        <source>Too many wrong tries. Please wait a while, or ask at the front desk.</source>
        <translation>Demasiados intentos incorrectos. Espere un rato o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38"/>
        <source>Please choose one of the questions.</source>
        <translation>Elija una de las preguntas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39"/>
        <source>This is not a phone number we can use, for example (203) 555-0123.</source>
        <translation>Este no es un número de teléfono válido, por ejemplo (203) 555-0123.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41"/>
        <source>This is not an e-mail address, for example name@example.com.</source>
        <translation>Esta no es una dirección de correo electrónico, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43"/>
        <source>Please use the two-letter state code, for example CT.</source>
        <translation>Use el código de estado de dos letras, por ejemplo CT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44"/>
        <source>A ZIP code has 5 digits, for example 06880.</source>
        <translation>Un código postal tiene 5 dígitos, por ejemplo 06880.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45"/>
        <source>This ZIP code is not in that state.</source>
        <translation>Este código postal no es de ese estado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="46"/>
        <source>Please choose a license type.</source>
        <translation>Elija un tipo de licencia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47"/>
        <source>This license is already listed.</source>
        <translation>Esta licencia ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49"/>
        <location filename="../../kiosk/ui/messages.py" line="70"/>
        <source>Please check this.</source>
        <translation>Revise este campo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55"/>
        <source>Please write a date as month/day/year, for example 03/15/2026.</source>
        <translation>Escriba la fecha como mes/día/año, por ejemplo 03/15/2026.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57"/>
        <source>Please check the year of this date.</source>
        <translation>Revise el año de esta fecha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="58"/>
        <source>Please choose one of the answers.</source>
        <translation>Elija una de las respuestas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59"/>
        <source>Please choose a number from 1 to 5.</source>
        <translation>Elija un número del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="60"/>
        <source>This address is not in our state. Please check the state and ZIP code.</source>
        <translation>Esta dirección no está en nuestro estado. Revise el estado y el código postal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="62"/>
        <source>Give an e-mail address or a phone number so the town can reply, or choose to send without your name.</source>
        <translation>Indique un correo electrónico o un número de teléfono para que el municipio pueda responder, o elija enviar sin su nombre.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="168"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="168"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="169"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="170"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="531"/>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="295"/>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="363"/>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="366"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="296"/>
        <source>?123</source>
        <translation>?123</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="297"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="298"/>
        <source>á é í</source>
        <translation>á é í</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="299"/>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="309"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="305"/>
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="306"/>
        <source>Numbers and symbols</source>
        <translation>Números y símbolos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="307"/>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="308"/>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="310"/>
        <source>dot com</source>
        <translation>punto com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="311"/>
        <source>at sign</source>
        <translation>arroba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="312"/>
        <source>period</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="313"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="314"/>
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="315"/>
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="316"/>
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="317"/>
        <source>quotation mark</source>
        <translation>comillas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="318"/>
        <source>question mark</source>
        <translation>signo de interrogación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="319"/>
        <source>exclamation mark</source>
        <translation>signo de exclamación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="320"/>
        <source>inverted question mark</source>
        <translation>signo de interrogación de apertura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="321"/>
        <source>inverted exclamation mark</source>
        <translation>signo de exclamación de apertura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="322"/>
        <source>number sign</source>
        <translation>almohadilla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="323"/>
        <source>dollar sign</source>
        <translation>signo de dólar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="324"/>
        <source>percent sign</source>
        <translation>signo de porcentaje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="325"/>
        <source>ampersand</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="326"/>
        <source>asterisk</source>
        <translation>asterisco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="327"/>
        <source>left parenthesis</source>
        <translation>paréntesis de apertura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="328"/>
        <source>right parenthesis</source>
        <translation>paréntesis de cierre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="329"/>
        <source>plus sign</source>
        <translation>signo más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="330"/>
        <source>equals sign</source>
        <translation>signo igual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="331"/>
        <source>slash</source>
        <translation>barra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="332"/>
        <source>colon</source>
        <translation>dos puntos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="333"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="361"/>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="531"/>
        <source>Caps lock</source>
        <translation>Bloqueo de mayúsculas</translation>
    </message>
</context>
<context>
    <name>ParcelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="124"/>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="132"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="133"/>
        <source>Choose a property from the search to see it here.</source>
        <translation>Elija una propiedad en la búsqueda para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="137"/>
        <source>Property {id}</source>
        <translation>Propiedad {id}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="138"/>
        <source>Public facts from the town&apos;s property records</source>
        <translation>Datos públicos de los registros de propiedad del municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="139"/>
        <source>Parcel</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="139"/>
        <source>Map-block-lot</source>
        <translation>Mapa-manzana-lote</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="140"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="142"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="143"/>
        <source>Land use</source>
        <translation>Uso del suelo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="143"/>
        <source>Lot size (acres)</source>
        <translation>Superficie del lote (acres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="144"/>
        <source>Zoning</source>
        <translation>Zonificación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="144"/>
        <source>Assessed value</source>
        <translation>Valor tasado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="145"/>
        <source>Year built</source>
        <translation>Año de construcción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="160"/>
        <source>Records on this property ({n})</source>
        <translation>Registros de esta propiedad ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="161"/>
        <source>No permits or other records on this property.</source>
        <translation>Esta propiedad no tiene permisos ni otros registros.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="162"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="164"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="164"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="164"/>
        <source>Previous records</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="164"/>
        <source>Next records</source>
        <translation>Registros siguientes</translation>
    </message>
</context>
<context>
    <name>PoliciesScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="73"/>
        <source>Privacy &amp; terms</source>
        <translation>Privacidad y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="83"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="84"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="85"/>
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="86"/>
        <location filename="../../kiosk/ui/screens/policies.py" line="87"/>
        <source>Find a word in this document</source>
        <translation>Buscar una palabra en este documento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="88"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="89"/>
        <source>Print this policy</source>
        <translation>Imprimir esta política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="93"/>
        <source>{title}, version {version}, in force since {date}</source>
        <translation>{title}, versión {version}, vigente desde el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="96"/>
        <source>(sample text, not adopted by the town)</source>
        <translation>(texto de ejemplo, no adoptado por el municipio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="99"/>
        <source>What changed: {changes}</source>
        <translation>Qué cambió: {changes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="102"/>
        <source>This document is published in English only.</source>
        <translation>Este documento se publica solo en inglés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="116"/>
        <source>That word is not in this document.</source>
        <translation>Esa palabra no está en este documento.</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="214"/>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="222"/>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="231"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="223"/>
        <source>Choose a record from the search to see it here.</source>
        <translation>Elija un registro en la búsqueda para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="232"/>
        <source>Record number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="232"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="233"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="233"/>
        <source>Applied</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="234"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="234"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="235"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="235"/>
        <source>Valuation</source>
        <translation>Valor de la obra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="237"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="239"/>
        <source>Description: {text}</source>
        <translation>Descripción: {text}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="243"/>
        <source>Open the property: {place}</source>
        <translation>Abrir la propiedad: {place}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="245"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="246"/>
        <source>No status history is recorded.</source>
        <translation>No hay historial de estados registrado.</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="95"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="145"/>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="174"/>
        <source>Your receipt is printing. Please take it with you.</source>
        <translation>Su recibo se está imprimiendo. No olvide llevárselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="175"/>
        <source>The printer is not working right now, so no receipt was printed. Your account was created: the details are on this screen.</source>
        <translation>La impresora no funciona en este momento, así que no se imprimió ningún recibo. Su cuenta se creó: los datos están en esta pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="189"/>
        <source>Sorry, your account could not be created just now. Nothing was saved. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, no se pudo crear su cuenta en este momento. No se guardó nada. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="217"/>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="217"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="217"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="217"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="217"/>
        <source>strong</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="218"/>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="219"/>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="222"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="224"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="225"/>
        <source>Type the password again</source>
        <translation>Escriba de nuevo la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="226"/>
        <location filename="../../kiosk/ui/screens/register.py" line="243"/>
        <source>Security question</source>
        <translation>Pregunta de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="227"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="230"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="230"/>
        <source>Cancel and discard everything</source>
        <translation>Cancelar y descartar todo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="231"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="232"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="233"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="233"/>
        <source>Decline the terms and discard everything</source>
        <translation>Rechazar las condiciones y descartar todo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="234"/>
        <source>Accept and create my account</source>
        <translation>Aceptar y crear mi cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="235"/>
        <source>Try printing again</source>
        <translation>Intentar imprimir de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="236"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="239"/>
        <source>Choose a user name</source>
        <translation>Elija un nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="240"/>
        <source>3 to 30 letters or digits; you may use . _ and -. You will sign in with it.</source>
        <translation>De 3 a 30 letras o números; puede usar . _ y -. Lo usará para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="241"/>
        <source>Choose a password</source>
        <translation>Elija una contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="242"/>
        <source>8 to 20 characters. Avoid common words; a few unrelated words make a strong password.</source>
        <translation>De 8 a 20 caracteres. Evite palabras comunes; unas cuantas palabras sin relación forman una contraseña segura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="244"/>
        <source>If you forget your password, you will answer this question to set a new one.</source>
        <translation>Si olvida su contraseña, responderá esta pregunta para crear una nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="245"/>
        <source>Your contact details</source>
        <translation>Sus datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="246"/>
        <source>So the town can reach you about your business. Fields marked optional can be left empty.</source>
        <translation>Para que el municipio pueda comunicarse con usted sobre sus trámites. Los campos marcados como opcionales pueden quedar vacíos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="247"/>
        <source>Licensed professionals (optional)</source>
        <translation>Profesionales con licencia (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="248"/>
        <source>If you are registering as a licensed professional, add your license numbers. Otherwise tap Next.</source>
        <translation>Si se registra como profesional con licencia, agregue sus números de licencia. Si no, toque Siguiente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="250"/>
        <source>Check your details</source>
        <translation>Revise sus datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="250"/>
        <source>Tap Edit to change a part.</source>
        <translation>Toque Editar para cambiar una parte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="251"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="252"/>
        <source>Please read the town&apos;s terms. You must accept them to do business with the town.</source>
        <translation>Lea las condiciones del municipio. Debe aceptarlas para hacer trámites con el municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="255"/>
        <source>Your account is ready</source>
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="259"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="261"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="32"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="54"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="55"/>
        <source>Received and being looked at</source>
        <translation>Recibido y en estudio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="56"/>
        <source>Being worked on</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="57"/>
        <source>Waiting for more information from you</source>
        <translation>Esperando más información de usted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="58"/>
        <source>Passed to another department or agency</source>
        <translation>Pasado a otro departamento u organismo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="59"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="60"/>
        <source>Closed without action</source>
        <translation>Cerrado sin acción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="61"/>
        <source>Closed: already reported</source>
        <translation>Cerrado: ya se había comunicado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="67"/>
        <source>What you have sent the town from your account, newest first. Quote the reference number if you ask about one.</source>
        <translation>Lo que ha enviado al municipio desde su cuenta, empezando por lo más reciente. Indique el número de referencia si pregunta por algo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="71"/>
        <source>Sorry, your requests cannot be shown just now. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, ahora no se pueden mostrar sus solicitudes. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="74"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="76"/>
        <source>You have not sent the town anything from your account yet.</source>
        <translation>Todavía no ha enviado nada al municipio desde su cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/requests.py" line="83"/>
        <source>{form} to the {department}, sent {date}. Status: {status}.</source>
        <translation>{form} al {department}, enviado el {date}. Estado: {status}.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="54"/>
        <source>Records retention</source>
        <translation>Conservación de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="79"/>
        <source>Counting what is past its period…</source>
        <translation>Contando lo que ha superado su plazo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="84"/>
        <source>Nothing is past its period: there is nothing to delete.</source>
        <translation>Nada ha superado su plazo: no hay nada que eliminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="87"/>
        <source>Delete {what}? They are past their period and cannot be brought back. The audit log is kept.</source>
        <translation>¿Eliminar {what}? Han superado su plazo y no se podrán recuperar. El registro de auditoría se conserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="89"/>
        <source>Delete them now</source>
        <translation>Eliminarlos ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="97"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="100"/>
        <source>Deleted {what}.</source>
        <translation>Eliminados: {what}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="104"/>
        <source>Only a supervisor can run retention.</source>
        <translation>Solo un supervisor puede ejecutar la conservación de registros.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="109"/>
        <source>{submissions} message(s) sent to the town (with their history and deliveries), {events} anonymous visit(s) of the usage statistics, and {accounts} closed account(s)</source>
        <translation>{submissions} mensaje(s) enviado(s) al municipio (con su historial y envíos), {events} visita(s) anónima(s) de las estadísticas de uso y {accounts} cuenta(s) cerrada(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="115"/>
        <source>The kiosk keeps each kind of record for the period the town set, then deletes it. The audit log of what staff did is kept for good.</source>
        <translation>El quiosco conserva cada tipo de registro durante el plazo que fijó el municipio y después lo elimina. El registro de auditoría de lo que hizo el personal se conserva para siempre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="117"/>
        <source>How long records are kept</source>
        <translation>Cuánto tiempo se conservan los registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="122"/>
        <source>Messages sent to the town</source>
        <translation>Mensajes enviados al municipio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="123"/>
        <source>%n day(s) after the last change</source>
        <translation>
            <numerusform>%n día después del último cambio</numerusform>
            <numerusform>%n días después del último cambio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="124"/>
        <source>Anonymous visits (usage statistics)</source>
        <translation>Visitas anónimas (estadísticas de uso)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="124"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="125"/>
        <source>Closed accounts</source>
        <translation>Cuentas cerradas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="125"/>
        <source>%n day(s) after closing</source>
        <translation>
            <numerusform>%n día después del cierre</numerusform>
            <numerusform>%n días después del cierre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="126"/>
        <source>Audit log of staff actions</source>
        <translation>Registro de auditoría de las acciones del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="126"/>
        <source>kept for good</source>
        <translation>se conserva para siempre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="128"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="129"/>
        <location filename="../../kiosk/ui/console/retention_page.py" line="130"/>
        <source>Run retention now</source>
        <translation>Ejecutar la conservación ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="131"/>
        <source>Run retention now: first count what would be deleted</source>
        <translation>Ejecutar la conservación ahora: primero se cuenta lo que se eliminaría</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="139"/>
        <source>Retention has not run yet.</source>
        <translation>La conservación de registros aún no se ha ejecutado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="141"/>
        <source>{date} at {time}, by {who}: deleted {what}.</source>
        <translation>{date} a las {time}, por {who}: se eliminaron {what}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="113"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="113"/>
        <source>Security question</source>
        <translation>Pregunta de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="114"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="114"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="116"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="116"/>
        <source>Edit {part}</source>
        <translation>Editar {part}</translation>
    </message>
</context>
<context>
    <name>RunKioskPage</name>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="93"/>
        <source>Run the kiosk</source>
        <translation>Manejar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="108"/>
        <source>The visit in progress has ended.</source>
        <translation>La visita en curso ha terminado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="109"/>
        <source>No visit is in progress on this kiosk. (A visit in progress ends when the console opens.)</source>
        <translation>No hay ninguna visita en curso en este quiosco. (Una visita en curso termina al abrir la consola).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="116"/>
        <source>Please type the message residents will read.</source>
        <translation>Escriba el mensaje que leerán los residentes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="122"/>
        <source>Please use a shorter message.</source>
        <translation>Use un mensaje más corto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="132"/>
        <source>Residents now see the message instead of Start.</source>
        <translation>Ahora los residentes ven el mensaje en lugar de Comenzar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="133"/>
        <source>The kiosk is back in service.</source>
        <translation>El quiosco vuelve a estar en servicio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="149"/>
        <source>The test page was sent to the printer.</source>
        <translation>La página de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="150"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="152"/>
        <source>The test page did not print: the printer is not working. Use Check to see why.</source>
        <translation>La página de prueba no se imprimió: la impresora no funciona. Use Comprobar para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="160"/>
        <source>Checking… (each takes a few seconds at most)</source>
        <translation>Comprobando… (cada comprobación tarda unos segundos como mucho)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="174"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="174"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="175"/>
        <source>E-mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="177"/>
        <source>reachable</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="178"/>
        <source>not set up (no e-mail is sent from this kiosk)</source>
        <translation>no configurado (este quiosco no envía correos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="179"/>
        <source>not reachable: no answer in time</source>
        <translation>no disponible: no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="180"/>
        <source>not reachable: nothing answers at that address</source>
        <translation>no disponible: nada responde en esa dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="181"/>
        <source>not reachable: it refused the kiosk&apos;s user name or password</source>
        <translation>no disponible: rechazó el usuario o la contraseña del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="182"/>
        <source>not reachable: not found, or not accepting work</source>
        <translation>no disponible: no se encuentra o no acepta trabajos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="183"/>
        <source>not reachable (details in the log)</source>
        <translation>no disponible (detalles en el registro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="196"/>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisor puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="200"/>
        <source>The visit</source>
        <translation>La visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="201"/>
        <source>End the visit now</source>
        <translation>Terminar la visita ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="202"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="203"/>
        <source>Message residents read while the kiosk is out of service</source>
        <translation>Mensaje que leen los residentes mientras el quiosco está fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="205"/>
        <source>e.g. This kiosk is being serviced. Please ask at the front desk.</source>
        <translation>p. ej., Este quiosco está en mantenimiento. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="206"/>
        <source>Put out of service</source>
        <translation>Poner fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="207"/>
        <source>Bring back into service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="208"/>
        <source>Printer and servers</source>
        <translation>Impresora y servidores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="209"/>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="210"/>
        <source>Check the database, printer and e-mail</source>
        <translation>Comprobar la base de datos, la impresora y el correo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="211"/>
        <source>Kiosk mode (supervisors)</source>
        <translation>Modo quiosco (supervisores)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="212"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="213"/>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="219"/>
        <source>Out of service since {time}, set by {who}.</source>
        <translation>Fuera de servicio desde las {time}, por {who}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="222"/>
        <source>In service: residents can start a visit.</source>
        <translation>En servicio: los residentes pueden comenzar una visita.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="67"/>
        <source>Printed. Please take your copy from the printer.</source>
        <translation>Impreso. Retire su copia de la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="70"/>
        <source>Sorry, the printer is not working right now. Please ask at the front desk for a printed copy.</source>
        <translation>Lo sentimos, la impresora no funciona en este momento. Pida una copia impresa en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="80"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="119"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="147"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="147"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="150"/>
        <source>Past 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="150"/>
        <source>Past 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="150"/>
        <source>Past 5 years</source>
        <translation>Últimos 5 años</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="152"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="241"/>
        <source>Sorry, searching is not possible just now. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, ahora no se puede buscar. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="244"/>
        <source>The town&apos;s records are being loaded on this kiosk. Searching will be ready in a moment.</source>
        <translation>Se están cargando los registros del municipio en este quiosco. La búsqueda estará lista en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="247"/>
        <source>No records are loaded on this kiosk yet, so there is nothing to search. For help now: {front_desk}</source>
        <translation>Este quiosco aún no tiene registros cargados, así que no hay nada que buscar. Para recibir ayuda ahora: {front_desk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="251"/>
        <source>Keep typing: results appear from the third letter, or press Enter to search now.</source>
        <translation>Siga escribiendo: los resultados aparecen a partir de la tercera letra, o pulse Intro para buscar ya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="254"/>
        <source>Results appear here as you type.</source>
        <translation>Los resultados aparecen aquí mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="258"/>
        <source>No matches. Check the spelling, type less of it (&quot;12 main&quot;), or clear the filters.</source>
        <translation>No hay resultados. Revise la ortografía, escriba menos (&quot;12 main&quot;) o quite los filtros.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="261"/>
        <source>Found {parcels} and {records}.</source>
        <translation>Se encontraron {parcels} y {records}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="269"/>
        <source>1 property</source>
        <translation>1 propiedad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="269"/>
        <source>{n} properties</source>
        <translation>{n} propiedades</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="272"/>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="272"/>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="275"/>
        <location filename="../../kiosk/ui/screens/search.py" line="286"/>
        <source>No street address</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="276"/>
        <source>Parcel {id}</source>
        <translation>Parcela {id}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="278"/>
        <source>Map-block-lot {mbl}</source>
        <translation>Mapa-manzana-lote {mbl}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="280"/>
        <source>Owner {name}</source>
        <translation>Propietario {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="288"/>
        <source>Applied {date}</source>
        <translation>Solicitado el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="290"/>
        <source>Issued {date}</source>
        <translation>Emitido el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="297"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="323"/>
        <source>No account needed. Type a street address, a parcel or map-block-lot number, a permit or record number, or an owner&apos;s name.</source>
        <translation>No necesita una cuenta. Escriba una dirección, un número de parcela o de mapa-manzana-lote, un número de permiso o de registro, o el nombre de un propietario.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="326"/>
        <source>No account needed. Type a street address, a parcel or map-block-lot number, or a permit or record number.</source>
        <translation>No necesita una cuenta. Escriba una dirección, un número de parcela o de mapa-manzana-lote, o un número de permiso o de registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="329"/>
        <source>Demonstration data: these properties and records are made up, on the town&apos;s real street names. They are not the town&apos;s records.</source>
        <translation>Datos de demostración: estas propiedades y registros son inventados, en calles reales del municipio. No son los registros del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="331"/>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="332"/>
        <source>For example: 12 Main Street</source>
        <translation>Por ejemplo: 12 Main Street</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="333"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="333"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="334"/>
        <location filename="../../kiosk/ui/screens/search.py" line="337"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="335"/>
        <location filename="../../kiosk/ui/screens/search.py" line="338"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="336"/>
        <location filename="../../kiosk/ui/screens/search.py" line="339"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="340"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="348"/>
        <source>Filters ({n})</source>
        <translation>Filtros ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="348"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="349"/>
        <source>Filter records by type, status and date</source>
        <translation>Filtrar registros por tipo, estado y fecha</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="360"/>
        <source>Properties ({n})</source>
        <translation>Propiedades ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="361"/>
        <source>Previous properties</source>
        <translation>Propiedades anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="361"/>
        <source>Next properties</source>
        <translation>Propiedades siguientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="362"/>
        <source>Records ({n})</source>
        <translation>Registros ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="363"/>
        <source>Previous records</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="363"/>
        <source>Next records</source>
        <translation>Registros siguientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="366"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="368"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="368"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="67"/>
        <location filename="../../kiosk/ui/screens/signin.py" line="170"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="84"/>
        <source>Please type your user name and your password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="89"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="118"/>
        <source>Saving your new password…</source>
        <translation>Guardando su nueva contraseña…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="124"/>
        <source>Please type a new password twice.</source>
        <translation>Escriba dos veces una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="147"/>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="147"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="147"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="147"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="147"/>
        <source>strong</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="148"/>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="149"/>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="161"/>
        <source>Sign in to your account</source>
        <translation>Inicie sesión en su cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="161"/>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="162"/>
        <source>You signed in with a temporary password from the front desk. Please choose a new password of your own now: 8 to 20 characters, typed twice.</source>
        <translation>Ha iniciado sesión con una contraseña temporal de la recepción. Elija ahora una contraseña propia: de 8 a 20 caracteres, escrita dos veces.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="164"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="165"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="166"/>
        <source>New password (8 to 20 characters)</source>
        <translation>Nueva contraseña (de 8 a 20 caracteres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="167"/>
        <source>Type the new password again</source>
        <translation>Escriba de nuevo la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="168"/>
        <source>Save my new password and sign in</source>
        <translation>Guardar mi nueva contraseña e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="171"/>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="172"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="91"/>
        <source>Please type your user name and your password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="102"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="113"/>
        <source>Type the 6-digit code your authenticator app shows now.</source>
        <translation>Escriba el código de 6 dígitos que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="118"/>
        <source>Your password is a temporary one. Choose a new password to go on.</source>
        <translation>Su contraseña es temporal. Elija una contraseña nueva para continuar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="143"/>
        <source>The new password must not be the temporary one.</source>
        <translation>La contraseña nueva no puede ser la temporal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="145"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="153"/>
        <source>Too many wrong tries: this staff account is locked until {time}. A supervisor can reset its password sooner.</source>
        <translation>Demasiados intentos fallidos: esta cuenta de personal está bloqueada hasta las {time}. Un supervisor puede restablecer su contraseña antes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="156"/>
        <source>This staff account is disabled. Please ask a supervisor.</source>
        <translation>Esta cuenta de personal está desactivada. Consulte a un supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="158"/>
        <source>This account must set up two-factor sign-in first. Please ask a supervisor.</source>
        <translation>Esta cuenta debe configurar primero el inicio de sesión en dos pasos. Consulte a un supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="159"/>
        <source>The user name, password or code is not right. Please try again.</source>
        <translation>El nombre de usuario, la contraseña o el código no son correctos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="162"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="163"/>
        <source>For town hall staff only. Residents: please tap Back to the kiosk.</source>
        <translation>Solo para el personal del ayuntamiento. Residentes: toquen Volver al quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="164"/>
        <source>For town hall staff only.</source>
        <translation>Solo para el personal del ayuntamiento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="165"/>
        <source>Staff user name</source>
        <translation>Nombre de usuario del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="166"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="167"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="168"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="169"/>
        <source>Code from the authenticator app</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="170"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="171"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/register_pages.py" line="134"/>
        <source>By accepting you declare that, when you act on a property, you are its owner or the owner&apos;s authorized agent, and that what you provide is true and correct. What you provide to the town may become a public record. {title}, version {version}.</source>
        <translation>Al aceptar, usted declara que, cuando actúa sobre una propiedad, es su dueño o el agente autorizado del dueño, y que lo que proporciona es verdadero y correcto. Lo que proporcione al municipio puede convertirse en un registro público. {title}, versión {version}.</translation>
    </message>
</context>
<context>
    <name>TermsUpdateScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="47"/>
        <source>New terms</source>
        <translation>Nuevas condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="56"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="65"/>
        <source>Added:</source>
        <translation>Agregado:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="65"/>
        <source>Removed:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="106"/>
        <source>The town&apos;s terms have changed</source>
        <translation>Las condiciones del municipio han cambiado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="107"/>
        <source>You accepted version {old}. Version {new} is now in force. Below, what changed is marked Added or Removed. Accept to do business with the town; if you decline, you can still search records and read the town&apos;s information.</source>
        <translation>Usted aceptó la versión {old}. Ahora está vigente la versión {new}. Abajo, lo que cambió está marcado como Agregado o Eliminado. Acepte para hacer trámites con el municipio; si las rechaza, aún puede buscar registros y leer la información del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="112"/>
        <source>Print the new terms</source>
        <translation>Imprimir las nuevas condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="113"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="114"/>
        <source>Accept the new terms</source>
        <translation>Aceptar las nuevas condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms_update.py" line="115"/>
        <source>What changed in the terms</source>
        <translation>Qué cambió en las condiciones</translation>
    </message>
</context>
<context>
    <name>_DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="59"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="70"/>
        <source>This is no longer in the town&apos;s records.</source>
        <translation>Esto ya no figura en los registros del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="75"/>
        <source>Sorry, this cannot be shown just now. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, ahora no se puede mostrar. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/record_detail.py" line="107"/>
        <source>Print a summary</source>
        <translation>Imprimir un resumen</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="186"/>
        <source>For your security, this account is locked until {time} after too many attempts. For help now: {front_desk}</source>
        <translation>Por su seguridad, esta cuenta está bloqueada hasta las {time} tras demasiados intentos. Para recibir ayuda ahora: {front_desk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="188"/>
        <source>The user name or password is not right. Please try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
