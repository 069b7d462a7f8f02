<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptancesView</name>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="130"/>
        <source>Only a supervisor can see who accepted.</source>
        <translation>Solo un supervisor puede ver quién aceptó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="131"/>
        <source>Reading the names…</source>
        <translation>Leyendo los nombres…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="138"/>
        <source>No account has accepted version {version}.</source>
        <translation>Ninguna cuenta ha aceptado la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="143"/>
        <source>The first {shown} of {count} are listed, oldest first; find any account by its user name below.</source>
        <translation>Se muestran las primeras {shown} de {count}, de la más antigua a la más reciente; busque cualquier cuenta por su nombre de usuario más abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="145"/>
        <source>Oldest first. Tap a name to see every version that account accepted.</source>
        <translation>De la más antigua a la más reciente. Toque un nombre para ver todas las versiones que aceptó esa cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="156"/>
        <source>Accepted {when} at {kiosk}</source>
        <translation>Aceptó el {when} en {kiosk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="162"/>
        <source>Who accepted version {version}</source>
        <translation>Quién aceptó la versión {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="163"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="164"/>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="232"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="164"/>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="232"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="164"/>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="233"/>
        <source>Previous {count} names</source>
        <translation>{count} nombres anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="165"/>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="234"/>
        <source>Next {count} names</source>
        <translation>{count} nombres siguientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="171"/>
        <source>No name on this row</source>
        <translation>Sin nombre en esta fila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="187"/>
        <source>Please type the account&apos;s user name.</source>
        <translation>Escriba el nombre de usuario de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="203"/>
        <source>There is no account with the user name {name}.</source>
        <translation>No hay ninguna cuenta con el nombre de usuario {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="207"/>
        <source>{name} has not accepted any version.</source>
        <translation>{name} no ha aceptado ninguna versión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="209"/>
        <source>What {name} accepted, oldest first:</source>
        <translation>Lo que aceptó {name}, de lo más antiguo a lo más reciente:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="210"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="210"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="211"/>
        <source>{document}, version {version}: accepted {when} at {kiosk}</source>
        <translation>{document}, versión {version}: aceptada el {when} en {kiosk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="220"/>
        <source>Only a supervisor can see this.</source>
        <translation>Solo un supervisor puede ver esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="225"/>
        <source>How many accounts accepted each version</source>
        <translation>Cuántas cuentas aceptaron cada versión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="226"/>
        <source> (tap one to see who)</source>
        <translation> (toque una para ver quién)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="227"/>
        <source>One account&apos;s acceptances</source>
        <translation>Lo que aceptó una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="228"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="229"/>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="232"/>
        <source>Who accepted</source>
        <translation>Quién aceptó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="242"/>
        <source>Version {version}: 1 account</source>
        <translation>Versión {version}: 1 cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_acceptances.py" line="243"/>
        <source>Version {version}: {count} accounts</source>
        <translation>Versión {version}: {count} cuentas</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="156"/>
        <source>Unlocked: {username} can sign in again now.</source>
        <translation>Desbloqueada: {username} ya puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="163"/>
        <source>Issue a temporary password for {username}? Their present password stops working. A slip with the temporary one prints for them, and the kiosk makes them choose a new password at their next sign-in. Only do this with the resident at the desk.</source>
        <translation>¿Emitir una contraseña temporal para {username}? Su contraseña actual deja de funcionar. Se imprime un comprobante con la temporal, y el quiosco le pedirá elegir una contraseña nueva la próxima vez que inicie sesión. Hágalo solo con el residente presente en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="167"/>
        <source>Issue and print the slip</source>
        <translation>Emitir e imprimir el comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="167"/>
        <location filename="../../kiosk/ui/console/assist_account.py" line="264"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="185"/>
        <source>Issuing and printing…</source>
        <translation>Emitiendo e imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="191"/>
        <source>The slip is printing. Hand it to the resident yourself.</source>
        <translation>El comprobante se está imprimiendo. Entrégueselo usted mismo al residente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="194"/>
        <source>The temporary password is issued, but the printer is not working, so no slip printed. Write the user name and the password below on paper for the resident.</source>
        <translation>La contraseña temporal está emitida, pero la impresora no funciona y no se imprimió el comprobante. Escriba en un papel para el residente el nombre de usuario y la contraseña que aparecen abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="220"/>
        <source>The contact details were corrected.</source>
        <translation>Los datos de contacto se corrigieron.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="225"/>
        <source>Please correct the marked fields. Nothing was changed.</source>
        <translation>Corrija los campos marcados. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="236"/>
        <source>Close the account {username}? The resident can no longer sign in, and the user name stays taken. Their messages are kept as before; the account itself is deleted {days} days after closing. This cannot be undone here.</source>
        <translation>¿Cerrar la cuenta {username}? El residente ya no podrá iniciar sesión y el nombre de usuario seguirá ocupado. Sus mensajes se conservan como hasta ahora; la cuenta se elimina {days} días después del cierre. Esto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="240"/>
        <location filename="../../kiosk/ui/console/assist_account.py" line="358"/>
        <source>Close the account</source>
        <translation>Cerrar la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="240"/>
        <source>Keep it open</source>
        <translation>Mantenerla abierta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="253"/>
        <source>The account is closed.</source>
        <translation>La cuenta está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="260"/>
        <source>Print everything held about {username} for a records request? The readable copy prints here, on the kiosk&apos;s printer: stay by it. The same records as a JSON file come from a front-desk PC (kiosk --staff) or from kiosk-admin accounts export.</source>
        <translation>¿Imprimir todo lo que se conserva sobre {username} para una solicitud de registros? La copia legible se imprime aquí, en la impresora del quiosco: quédese junto a ella. Los mismos registros en un archivo JSON se obtienen desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="264"/>
        <source>Print the records</source>
        <translation>Imprimir los registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="270"/>
        <source>Choose the folder for the records export</source>
        <translation>Elija la carpeta para la exportación de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="292"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="297"/>
        <source>The export could not be saved in that folder (it cannot be written, or files of that name are there already). Please choose another folder.</source>
        <translation>No se pudo guardar la exportación en esa carpeta (no se puede escribir en ella, o ya hay archivos con ese nombre). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="301"/>
        <source>Saved: {json} and {pdf}. Both hold the resident&apos;s personal data: send them only to the requester and keep them with the request.</source>
        <translation>Guardado: {json} y {pdf}. Ambos contienen datos personales del residente: envíelos solo a quien los solicitó y archívelos con la solicitud.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="317"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="322"/>
        <source>The printer is not working, so the records did not print. Export them from a front-desk PC (kiosk --staff) or with kiosk-admin accounts export.</source>
        <translation>La impresora no funciona y los registros no se imprimieron. Expórtelos desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="326"/>
        <source>The records are printing. The JSON copy comes from a front-desk PC (kiosk --staff) or from kiosk-admin accounts export.</source>
        <translation>Los registros se están imprimiendo. La copia en JSON se obtiene desde un PC del mostrador (kiosk --staff) o con kiosk-admin accounts export.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="338"/>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisor puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="339"/>
        <source>This account is closed already.</source>
        <translation>Esta cuenta ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="340"/>
        <source>Please type a user name, a name or an e-mail address.</source>
        <translation>Escriba un nombre de usuario, un nombre o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="343"/>
        <source>This account no longer exists (retention may have deleted it).</source>
        <translation>Esta cuenta ya no existe (puede que la conservación de registros la haya eliminado).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="344"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="350"/>
        <source>Back to the results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="351"/>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="352"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="352"/>
        <source>Unlock the account</source>
        <translation>Desbloquear la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="353"/>
        <source>Issue a temporary password</source>
        <translation>Emitir una contraseña temporal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="354"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="356"/>
        <source>Save the corrections</source>
        <translation>Guardar las correcciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="357"/>
        <source>Closing and records requests (supervisors)</source>
        <translation>Cierre y solicitudes de registros (supervisores)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="359"/>
        <source>Export everything held</source>
        <translation>Exportar todo lo conservado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="360"/>
        <source>Export everything held about this account, for a records request</source>
        <translation>Exportar todo lo que se conserva sobre esta cuenta, para una solicitud de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="363"/>
        <source>Account {username}</source>
        <translation>Cuenta {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="372"/>
        <source>Temporary password for {username}</source>
        <translation>Contraseña temporal de {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="374"/>
        <source>Temporary password: {letters}</source>
        <translation>Contraseña temporal: {letters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="376"/>
        <source>Shown this once: it goes from the screen when you leave this account. Hand the slip to the resident (check the user name on it); the kiosk makes them choose their own password at the next sign-in.</source>
        <translation>Se muestra esta única vez: desaparece de la pantalla al salir de esta cuenta. Entregue el comprobante al residente (compruebe el nombre de usuario que figura en él); el quiosco le pedirá elegir su propia contraseña la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="383"/>
        <source>Closed on {date}.</source>
        <translation>Cerrada el {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="385"/>
        <source>Locked after too many failed sign-ins, until {time}.</source>
        <translation>Bloqueada por demasiados intentos fallidos de inicio de sesión, hasta las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="388"/>
        <source>A temporary password is waiting to be replaced.</source>
        <translation>Hay una contraseña temporal pendiente de sustituir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="389"/>
        <source>Open, not locked.</source>
        <translation>Abierta, sin bloquear.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="394"/>
        <source>version {version}, on {date}</source>
        <translation>versión {version}, el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="396"/>
        <source>none accepted</source>
        <translation>ninguna aceptada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="398"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="399"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="400"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="401"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="402"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="403"/>
        <source>Terms accepted</source>
        <translation>Condiciones aceptadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/assist_account.py" line="404"/>
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
    <name>AccountsAway</name>
    <message>
        <location filename="../../kiosk/ui/screens/accounts_away.py" line="39"/>
        <source>Search the town&apos;s records</source>
        <translation>Buscar en los registros del municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/accounts_away.py" line="40"/>
        <source>Send the town a message</source>
        <translation>Enviar un mensaje al municipio</translation>
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
        <location filename="../../kiosk/ui/console/widgets.py" line="40"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/widgets.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsoleLanguage</name>
    <message>
        <location filename="../../kiosk/ui/console/page.py" line="52"/>
        <source>en</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>ConsoleShell</name>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="176"/>
        <location filename="../../kiosk/ui/console/shell.py" line="301"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="293"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="294"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="295"/>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="296"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="305"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/shell.py" line="305"/>
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
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/date_picker.py" line="138"/>
        <source>No day</source>
        <translation>Sin día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/date_picker.py" line="157"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/date_picker.py" line="158"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/date_picker.py" line="159"/>
        <source>Chosen: {date}</source>
        <translation>Elegido: {date}</translation>
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
    <name>FigureWords</name>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="30"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="38"/>
        <source>fewer than {k}</source>
        <translation>menos de {k}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="38"/>
        <source>not shown</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="44"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="49"/>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="52"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="52"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="52"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="52"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="61"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="61"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="61"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="61"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="61"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="63"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="63"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="66"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="66"/>
        <source>Started over</source>
        <translation>Vuelta a empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="67"/>
        <source>Timed out</source>
        <translation>Por inactividad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="67"/>
        <source>Ended by staff</source>
        <translation>Terminada por el personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="68"/>
        <source>Kiosk stopped</source>
        <translation>Quiosco detenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="68"/>
        <source>Ended by an error</source>
        <translation>Terminada por un error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="73"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="73"/>
        <source>Acknowledged</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="74"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="75"/>
        <source>Waiting for the resident</source>
        <translation>Esperando al residente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="76"/>
        <source>Redirected</source>
        <translation>Redirigido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="77"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="78"/>
        <source>Closed without action</source>
        <translation>Cerrado sin acción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="79"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="83"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="92"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="112"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="119"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="126"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="129"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="129"/>
        <source>Median time to resolve</source>
        <translation>Mediana del tiempo de resolución</translation>
    </message>
</context>
<context>
    <name>ForgotScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="59"/>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="77"/>
        <source>Please type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="82"/>
        <location filename="../../kiosk/ui/screens/forgot.py" line="103"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="114"/>
        <source>That answer is not right. Please try again.</source>
        <translation>Esa respuesta no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="120"/>
        <source>Please type your answer and a new password again.</source>
        <translation>Escriba de nuevo su respuesta y una nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="123"/>
        <source>Set a new password</source>
        <translation>Crear una nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="124"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="125"/>
        <source>Show my security question</source>
        <translation>Mostrar mi pregunta de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="126"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="127"/>
        <source>New password (8 to 20 characters)</source>
        <translation>Nueva contraseña (de 8 a 20 caracteres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="128"/>
        <source>Type the new password again</source>
        <translation>Escriba de nuevo la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="129"/>
        <source>Set the new password</source>
        <translation>Guardar la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/forgot.py" line="130"/>
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
        <location filename="../../kiosk/ui/widgets/chrome.py" line="122"/>
        <source>Change language to {language}</source>
        <translation>Cambiar el idioma a {language}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="124"/>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="125"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="126"/>
        <source>More time</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="128"/>
        <source>The visit waits ten times as long before it asks if you are still there</source>
        <translation>La visita espera diez veces más antes de preguntarle si sigue ahí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="129"/>
        <source>Signed in as {username}</source>
        <translation>Sesión iniciada como {username}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="131"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="47"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="90"/>
        <source>How can we help you today?</source>
        <translation>¿En qué podemos ayudarle hoy?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="93"/>
        <source>Search records
Properties and permits, no account needed</source>
        <translation>Buscar registros
Propiedades y permisos, sin necesidad de cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="94"/>
        <source>My account
Your details, password and requests</source>
        <translation>Mi cuenta
Sus datos, contraseña y solicitudes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="95"/>
        <source>Create an account
To do business with the town</source>
        <translation>Crear una cuenta
Para hacer trámites con el municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="96"/>
        <source>Sign in
With the user name and password you chose</source>
        <translation>Iniciar sesión
Con el nombre de usuario y la contraseña que eligió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="97"/>
        <source>Contact the town
Ask a question, report a problem, request records</source>
        <translation>Contactar al municipio
Haga una pregunta, informe un problema, pida registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="98"/>
        <source>Privacy &amp; terms
How the town uses what you share</source>
        <translation>Privacidad y condiciones
Cómo usa el municipio lo que usted comparte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="109"/>
        <source>Notice: the privacy policy changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: la política de privacidad cambió el {date}. Toque para leer qué cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="110"/>
        <source>Notice: the terms and conditions changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: los términos y condiciones cambiaron el {date}. Toque para leer qué cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="112"/>
        <source>Notice: the {title} changed on {date}. Tap to read what changed.</source>
        <translation>Aviso: la {title} cambió el {date}. Toque para leer qué cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="115"/>
        <source>Notice: the privacy policy changes on {date}. Tap to read the new version.</source>
        <translation>Aviso: la política de privacidad cambia el {date}. Toque para leer la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="116"/>
        <source>Notice: the terms and conditions change on {date}. Tap to read the new version.</source>
        <translation>Aviso: los términos y condiciones cambian el {date}. Toque para leer la nueva versión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="118"/>
        <source>Notice: the {title} changes on {date}. Tap to read the new version.</source>
        <translation>Aviso: «{title}» cambia el {date}. Toque para leer la nueva versión.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="228"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="230"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="241"/>
        <source>For your privacy, this visit will end in 1 second and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en 1 segundo y se borrará todo lo que haya escrito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="243"/>
        <source>For your privacy, this visit will end in {n} seconds and everything you entered will be cleared.</source>
        <translation>Por su privacidad, esta visita terminará en {n} segundos y se borrará todo lo que haya escrito.</translation>
    </message>
</context>
<context>
    <name>KiosksPage</name>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="65"/>
        <source>Kiosks</source>
        <translation>Quioscos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="128"/>
        <source>Close the details</source>
        <translation>Cerrar los detalles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="135"/>
        <source>The fleet&apos;s status is not available here.</source>
        <translation>El estado de los quioscos no está disponible aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="138"/>
        <source>No kiosk has written its heartbeat to this database yet.</source>
        <translation>Ningún quiosco ha escrito todavía su señal de vida en esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="144"/>
        <source>Updated at {time}; the list updates itself every 30 seconds.</source>
        <translation>Actualizada a las {time}; la lista se actualiza sola cada 30 segundos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="149"/>
        <source>everything answers</source>
        <translation>todo responde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="151"/>
        <source>{why}. Last heartbeat {ago} ago, version {version}.</source>
        <translation>{why}. Última señal de vida hace {ago}, versión {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="153"/>
        <source>{kiosk}, {status}: {line}</source>
        <translation>{kiosk}, {status}: {line}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="164"/>
        <source>Kiosk {kiosk}</source>
        <translation>Quiosco {kiosk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="165"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="167"/>
        <location filename="../../kiosk/ui/console/kiosks.py" line="182"/>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="169"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="142"/>
        <source>Kiosks: {count} ({parts}).</source>
        <translation>Quioscos: {count} ({parts}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="171"/>
        <source>{n} waiting, the oldest for {age}</source>
        <translation>{n} en espera, la más antigua desde hace {age}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="174"/>
        <source>not reachable</source>
        <translation>no se puede conectar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="176"/>
        <source>reachable; it was not from {lost} to {back}</source>
        <translation>se puede conectar; no se pudo de {lost} a {back}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="179"/>
        <source>reachable</source>
        <translation>se puede conectar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="182"/>
        <source>{gb} GB</source>
        <translation>{gb} GB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="185"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="187"/>
        <source>Last heartbeat</source>
        <translation>Última señal de vida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="187"/>
        <source>{time} ({ago} ago)</source>
        <translation>{time} (hace {ago})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="189"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="190"/>
        <source>Running for</source>
        <translation>En marcha desde hace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="191"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="192"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="193"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="194"/>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="194"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="195"/>
        <source>Free disk (data folder)</source>
        <translation>Disco libre (carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="196"/>
        <source>Last visit ended</source>
        <translation>Última visita terminada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="197"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="197"/>
        <source>{time}: {error}</source>
        <translation>{time}: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="204"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="204"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="205"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="205"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="208"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="208"/>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="209"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="209"/>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="210"/>
        <source>cannot tell</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="215"/>
        <source>no heartbeat for {ago}</source>
        <translation>sin señal de vida desde hace {ago}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="216"/>
        <source>cannot reach the database</source>
        <translation>no puede conectar con la base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="217"/>
        <source>lost the database for a while</source>
        <translation>perdió la base de datos durante un tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="218"/>
        <source>printer out of paper</source>
        <translation>impresora sin papel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="219"/>
        <source>printer not working</source>
        <translation>la impresora no funciona</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="220"/>
        <source>printer paper low</source>
        <translation>a la impresora le queda poco papel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="221"/>
        <source>outbox growing ({n} waiting)</source>
        <translation>la bandeja de salida crece ({n} en espera)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="233"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="236"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="237"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="222"/>
        <source>outbox stuck (the oldest waits {age})</source>
        <translation>bandeja de salida atascada (la más antigua espera desde hace {age})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="224"/>
        <source>an error in the last 15 minutes</source>
        <translation>un error en los últimos 15 minutos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="225"/>
        <source>disk almost full</source>
        <translation>disco casi lleno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/kiosks.py" line="231"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
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
    <message>
        <location filename="../../kiosk/ui/screens/accounts_away.py" line="18"/>
        <source>Accounts are temporarily unavailable: the kiosk cannot reach them just now. You can still search the town&apos;s records or send the town a message.</source>
        <translation>Las cuentas no están disponibles temporalmente: el quiosco no puede acceder a ellas en este momento. Aún puede buscar en los registros del municipio o enviarle un mensaje.</translation>
    </message>
</context>
<context>
    <name>MySignInPage</name>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="47"/>
        <source>My sign-in</source>
        <translation>Mi acceso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="80"/>
        <source>Two-factor sign-in is set up: from now on, signing in asks for the code your authenticator app shows.</source>
        <translation>El inicio de sesión en dos pasos está configurado: a partir de ahora, al iniciar sesión se pedirá el código que muestra su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="89"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="89"/>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="90"/>
        <source>Signed in as {name} (user name {username}), {role}.</source>
        <translation>Sesión iniciada como {name} (nombre de usuario {username}), {role}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="93"/>
        <source>Two-factor sign-in is set up: signing in asks for your authenticator app&apos;s code.</source>
        <translation>El inicio de sesión en dos pasos está configurado: al iniciar sesión se pide el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="95"/>
        <source>A supervisor requires two-factor sign-in of you: please set it up.</source>
        <translation>Un supervisor le exige el inicio de sesión en dos pasos: configúrelo, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="97"/>
        <source>Two-factor sign-in is not set up. It keeps your account safe even if someone learns your password.</source>
        <translation>El inicio de sesión en dos pasos no está configurado. Protege su cuenta aunque alguien conozca su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="100"/>
        <source>Set it up again (a new phone)</source>
        <translation>Configurarlo de nuevo (un teléfono nuevo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/my_sign_in.py" line="101"/>
        <source>Set up two-factor sign-in</source>
        <translation>Configurar el inicio de sesión en dos pasos</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="176"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="176"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="177"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/chrome.py" line="178"/>
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
    <name>PasswordChange</name>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="75"/>
        <source>Please type your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="78"/>
        <location filename="../../kiosk/ui/console/password_change.py" line="106"/>
        <source>Please type the 6-digit code your authenticator app shows now.</source>
        <translation>Escriba el código de 6 dígitos que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="83"/>
        <source>Changing your password…</source>
        <translation>Cambiando su contraseña…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="89"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Su contraseña se ha cambiado. A partir de ahora, use la nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="98"/>
        <source>Too many wrong tries: your account is locked until {time}, and the password is not changed. A supervisor can reset it sooner.</source>
        <translation>Demasiados intentos fallidos: su cuenta está bloqueada hasta las {time} y la contraseña no se ha cambiado. Un supervisor puede restablecerla antes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="101"/>
        <source>Your account has been disabled. Please ask a supervisor.</source>
        <translation>Su cuenta ha sido desactivada. Consulte a un supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="103"/>
        <source>A supervisor requires two-factor sign-in of you: set it up first (above), then change your password.</source>
        <translation>Un supervisor le exige el inicio de sesión en dos pasos: configúrelo primero (arriba) y después cambie su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="108"/>
        <source>The current password or the code is not right, so the password is not changed.</source>
        <translation>La contraseña actual o el código no son correctos, así que la contraseña no se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="110"/>
        <source>That is not your current password, so the password is not changed.</source>
        <translation>Esa no es su contraseña actual, así que la contraseña no se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="112"/>
        <source>Wrong tries count toward locking the account: {n} left.</source>
        <translation>Los intentos fallidos cuentan para bloquear la cuenta: le quedan {n}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="120"/>
        <location filename="../../kiosk/ui/console/password_change.py" line="123"/>
        <source>Please choose another new password.</source>
        <translation>Elija otra contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="122"/>
        <source>The new password must not be the current one.</source>
        <translation>La contraseña nueva no puede ser la actual.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="125"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="128"/>
        <location filename="../../kiosk/ui/console/password_change.py" line="134"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="129"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="130"/>
        <source>New password ({low} to {high} characters; a few words make a good one)</source>
        <translation>Contraseña nueva (de {low} a {high} caracteres; unas cuantas palabras forman una buena)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="132"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/password_change.py" line="133"/>
        <source>Code from the authenticator app</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="102"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="111"/>
        <source>The policies cannot be read here.</source>
        <translation>Las políticas no se pueden leer aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="132"/>
        <source>Reading the policies…</source>
        <translation>Leyendo las políticas…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="186"/>
        <source>{title}, version {version}</source>
        <translation>{title}, versión {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="194"/>
        <source>Version {version} is published. It takes effect on {date}; every kiosk shows it from then.</source>
        <translation>La versión {version} está publicada. Entra en vigor el {date}; desde ese día todos los quioscos la muestran.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="209"/>
        <source>in force today</source>
        <translation>en vigor hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="210"/>
        <source>takes effect later</source>
        <translation>entra en vigor más adelante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="211"/>
        <source>no longer in force</source>
        <translation>ya no está en vigor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="213"/>
        <source>Version {version}: {status}</source>
        <translation>Versión {version}: {status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="215"/>
        <source>Takes effect on {date}</source>
        <translation>Entra en vigor el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="216"/>
        <source>In force since {date}</source>
        <translation>En vigor desde el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="217"/>
        <source>Took effect on {date}</source>
        <translation>Entró en vigor el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="219"/>
        <source>What changed: {changes}</source>
        <translation>Qué cambió: {changes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="221"/>
        <source>Published by {who} on {date} at {time}</source>
        <translation>Publicada por {who} el {date} a las {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="225"/>
        <source>From the town pack</source>
        <translation>Del paquete del municipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="230"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="231"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="232"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="233"/>
        <source>Publish a new version</source>
        <translation>Publicar una versión nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="234"/>
        <source>Acceptances</source>
        <translation>Aceptaciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policies.py" line="235"/>
        <source>Every version, the newest first. Tap one to read it.</source>
        <translation>Todas las versiones, de la más reciente a la más antigua. Toque una para leerla.</translation>
    </message>
</context>
<context>
    <name>PoliciesScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="83"/>
        <source>Privacy &amp; terms</source>
        <translation>Privacidad y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="103"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="104"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="105"/>
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="106"/>
        <location filename="../../kiosk/ui/screens/policies.py" line="107"/>
        <source>Find a word in this document</source>
        <translation>Buscar una palabra en este documento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="108"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="109"/>
        <source>Print this policy</source>
        <translation>Imprimir esta política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="114"/>
        <source>{title}, version {version}, takes effect on {date}</source>
        <translation>{title}, versión {version}, entra en vigor el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="115"/>
        <source>{title}, version {version}, in force since {date}</source>
        <translation>{title}, versión {version}, vigente desde el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="118"/>
        <source>(sample text, not adopted by the town)</source>
        <translation>(texto de ejemplo, no adoptado por el municipio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="122"/>
        <source>What changed: {changes}</source>
        <translation>Qué cambió: {changes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="122"/>
        <source>What will change: {changes}</source>
        <translation>Qué cambiará: {changes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="127"/>
        <source>Back to the version in force</source>
        <translation>Volver a la versión vigente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="128"/>
        <source>Read the version that takes effect on {date}</source>
        <translation>Leer la versión que entra en vigor el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="131"/>
        <source>This document is published in English only.</source>
        <translation>Este documento se publica solo en inglés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/policies.py" line="145"/>
        <source>That word is not in this document.</source>
        <translation>Esa palabra no está en este documento.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="179"/>
        <source>The text of {file} is in the editor. Check it before publishing.</source>
        <translation>El texto de {file} está en el editor. Revíselo antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="183"/>
        <source>That file cannot be opened as text. Please choose a Markdown file saved as UTF-8 text, of at most {count} characters.</source>
        <translation>Ese archivo no se puede abrir como texto. Elija un archivo Markdown guardado como texto UTF-8, de {count} caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="189"/>
        <source>Open a policy&apos;s Markdown file</source>
        <translation>Abrir el archivo Markdown de una política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="190"/>
        <source>Markdown files (*.md *.markdown *.txt)</source>
        <translation>Archivos Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="207"/>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="227"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="210"/>
        <source>Nothing to change: version {version} can be published. Below, it is as residents will read it.</source>
        <translation>No hay nada que cambiar: la versión {version} se puede publicar. Abajo, tal como la leerán los residentes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="217"/>
        <source>Version {version}, as residents will read it</source>
        <translation>Versión {version}, tal como la leerán los residentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="232"/>
        <source>From that day every kiosk shows it, the home screen announces it, and residents who sign in are asked to accept the new terms before they can send anything.</source>
        <translation>Desde ese día todos los quioscos la muestran, la pantalla de inicio la anuncia y a los residentes que inicien sesión se les pide aceptar los nuevos términos antes de poder enviar nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="235"/>
        <source>From that day every kiosk shows it and the home screen announces it.</source>
        <translation>Desde ese día todos los quioscos la muestran y la pantalla de inicio la anuncia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="236"/>
        <source>Publish version {version} of the {title}, taking effect on {date}? {then} A published version cannot be changed or withdrawn; a later version can replace it.</source>
        <translation>¿Publicar la versión {version} de {title}, en vigor desde el {date}? {then} Una versión publicada no se puede cambiar ni retirar; una versión posterior puede reemplazarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="249"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="258"/>
        <source>Only a supervisor can publish a policy.</source>
        <translation>Solo un supervisor puede publicar una política.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="262"/>
        <source>This cannot be published as it is. Please check the fields.</source>
        <translation>Esto no se puede publicar tal como está. Revise los campos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="295"/>
        <source>A new version of the {title}. It replaces the version in force on the day it takes effect; older versions stay readable.</source>
        <translation>Una versión nueva de {title}. Reemplaza a la versión en vigor el día en que entra en vigor; las versiones anteriores se pueden seguir leyendo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="297"/>
        <source>Start from the version in force</source>
        <translation>Partir de la versión en vigor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="298"/>
        <source>Open a Markdown file…</source>
        <translation>Abrir un archivo Markdown…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="299"/>
        <source>Text of the new version (Markdown)</source>
        <translation>Texto de la versión nueva (Markdown)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="301"/>
        <source>Markdown: # before a heading, a blank line between paragraphs, - before each item of a list. No HTML and no pictures.</source>
        <translation>Markdown: # antes de un título, una línea en blanco entre párrafos, - antes de cada elemento de una lista. Sin HTML y sin imágenes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="303"/>
        <source>Version number</source>
        <translation>Número de versión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="304"/>
        <source>Takes effect on (today or later, in the town&apos;s time)</source>
        <translation>Entra en vigor el (hoy o más adelante, en la hora del municipio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="306"/>
        <source>Summary of changes (residents read it)</source>
        <translation>Resumen de los cambios (lo leen los residentes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="307"/>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="308"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="309"/>
        <source>Yes, publish</source>
        <translation>Sí, publicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_editor.py" line="310"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="70"/>
        <source>Added:</source>
        <translation>Agregado:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="70"/>
        <source>Removed:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="83"/>
        <source>The whole text</source>
        <translation>El texto completo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="85"/>
        <source>What changed since version {version}</source>
        <translation>Qué cambió desde la versión {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="88"/>
        <source>Text of version {version}</source>
        <translation>Texto de la versión {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_text.py" line="89"/>
        <source>What changed in version {version}</source>
        <translation>Qué cambió en la versión {version}</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="28"/>
        <source>This is not one of the town&apos;s policies.</source>
        <translation>Esta no es una de las políticas del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="29"/>
        <source>That version is not on record. Please choose it again from the list.</source>
        <translation>Esa versión no consta en los registros. Elíjala de nuevo en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="31"/>
        <source>The date it takes effect is in the past: today is {today} in the town. Please choose today or a later day.</source>
        <translation>La fecha de entrada en vigor ya pasó: hoy es {today} en el municipio. Elija hoy o un día posterior.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="34"/>
        <source>The date it takes effect is more than {days} days ahead. Please choose an earlier day.</source>
        <translation>La fecha de entrada en vigor está a más de {days} días. Elija un día anterior.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="37"/>
        <source>Version {version} already takes effect on {date}: a new version must take effect after it. Please choose a later day.</source>
        <translation>La versión {version} ya entra en vigor el {date}: una versión nueva debe entrar en vigor después. Elija un día posterior.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="41"/>
        <source>The version number must be numbers with dots between them, like {suggested}.</source>
        <translation>El número de versión deben ser números separados por puntos, como {suggested}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="44"/>
        <source>There is a version with that number already. Please use another: {suggested} is the next one.</source>
        <translation>Ya hay una versión con ese número. Use otro: {suggested} es el siguiente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="47"/>
        <source>The version number must be higher than every earlier version&apos;s: {suggested} is the next one.</source>
        <translation>El número de versión debe ser mayor que el de todas las versiones anteriores: {suggested} es el siguiente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="50"/>
        <source>Please write a summary of what changed: residents read it on the home screen and when they are asked to accept.</source>
        <translation>Escriba un resumen de lo que cambió: los residentes lo leen en la pantalla de inicio y cuando se les pide aceptar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="53"/>
        <source>The summary must be plain text of at most {count} characters.</source>
        <translation>El resumen debe ser texto simple de {count} caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="55"/>
        <source>The title must be 1 to {count} characters of plain text.</source>
        <translation>El título debe tener de 1 a {count} caracteres de texto simple.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="57"/>
        <source>The text cannot be published as it is.</source>
        <translation>El texto no se puede publicar tal como está.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="58"/>
        <source>The printed copy of this text could not be made. Please simplify it (very wide tables or very long words), then check again.</source>
        <translation>No se pudo preparar la copia impresa de este texto. Simplifíquelo (tablas muy anchas o palabras muy largas) y revíselo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="68"/>
        <source>on line {line}</source>
        <translation>en la línea {line}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="70"/>
        <source>The text is empty. Please write the policy, or start from the version in force.</source>
        <translation>El texto está vacío. Escriba la política o parta de la versión en vigor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="72"/>
        <source>The text is too long: at most {count} characters.</source>
        <translation>El texto es demasiado largo: {count} caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="74"/>
        <source>The text has characters that are not letters, digits or punctuation {where} (they often come with text copied from another program). Please delete and retype that line.</source>
        <translation>El texto tiene caracteres que no son letras, números ni signos de puntuación {where} (suelen venir con texto copiado de otro programa). Borre esa línea y escríbala de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="77"/>
        <source>The text begins with a town pack&apos;s +++ block. Please remove it: the version number, the date and the summary go in the fields below.</source>
        <translation>El texto empieza con un bloque +++ de un paquete del municipio. Quítelo: el número de versión, la fecha y el resumen van en los campos de abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="80"/>
        <source>The text has HTML in it {where}. Please use Markdown only: the screen and the printed copy would show HTML differently.</source>
        <translation>El texto contiene HTML {where}. Use solo Markdown: la pantalla y la copia impresa mostrarían el HTML de forma distinta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/policy_words.py" line="83"/>
        <source>The text has a picture in it {where}. Pictures cannot be shown or printed by the kiosk: please remove it.</source>
        <translation>El texto contiene una imagen {where}. El quiosco no puede mostrar ni imprimir imágenes: quítela.</translation>
    </message>
</context>
<context>
    <name>QueueDetailView</name>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="142"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="143"/>
        <source>Nobody (take it off everyone)</source>
        <translation>Nadie (retirarlo a todos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="178"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="180"/>
        <source>{date}: OVERDUE</source>
        <translation>{date}: VENCIDO</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="184"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="184"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="185"/>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="406"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="186"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="187"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="187"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="187"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="188"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="188"/>
        <source>{when} at kiosk {kiosk}</source>
        <translation>{when} en el quiosco {kiosk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="192"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="192"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="193"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="197"/>
        <source>(left empty)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="200"/>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="211"/>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="207"/>
        <source>Internal, never shown to the resident:</source>
        <translation>Interno, nunca se muestra al vecino:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="208"/>
        <source>Sent to the resident:</source>
        <translation>Enviado al vecino:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="209"/>
        <source>Note shown to the resident:</source>
        <translation>Nota que ve el vecino:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="232"/>
        <source>Nothing to deliver: it waits in the staff queue only.</source>
        <translation>Nada que entregar: solo espera en la cola del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="242"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="242"/>
        <source>Retry: {what}</source>
        <translation>Reintentar: {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="282"/>
        <source>Please choose a state first.</source>
        <translation>Elija primero un estado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="285"/>
        <source>The state is now {state}.</source>
        <translation>El estado es ahora {state}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="291"/>
        <source>Please choose who takes it first.</source>
        <translation>Elija primero quién se encarga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="295"/>
        <source>Assigned to {who}.</source>
        <translation>Asignado a {who}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="296"/>
        <source>It is now assigned to nobody.</source>
        <translation>Ahora no está asignado a nadie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="301"/>
        <source>Please choose the department first.</source>
        <translation>Elija primero el departamento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="304"/>
        <source>Redirected to {department}. The resident&apos;s My requests shows it there now.</source>
        <translation>Enviado a {department}. «Mis solicitudes» del vecino ya lo muestra allí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="310"/>
        <source>The internal note is kept. The resident never sees it.</source>
        <translation>La nota interna se ha guardado. El vecino nunca la ve.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="316"/>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="334"/>
        <source>Please choose the state to respond with first.</source>
        <translation>Elija primero el estado con el que responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="324"/>
        <source>Edit the text as needed, then Send the response.</source>
        <translation>Corrija el texto si hace falta y luego pulse «Enviar la respuesta».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="325"/>
        <source>This state has no template: type the response.</source>
        <translation>Este estado no tiene plantilla: escriba la respuesta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="338"/>
        <source>Sent: the e-mail to {email} goes out in the next minute or so.</source>
        <translation>Enviado: el correo a {email} sale en un minuto aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="339"/>
        <source>Kept in the message&apos;s history. It was not e-mailed: the resident left no e-mail address.</source>
        <translation>Guardada en el historial del mensaje. No se envió por correo: el vecino no dejó dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="345"/>
        <source>Queued again: it is tried at once.</source>
        <translation>De nuevo en cola: se intenta enseguida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="363"/>
        <source>The staff copy was sent to the printer. It carries the internal notes: keep it from the resident.</source>
        <translation>La copia para el personal se envió a la impresora. Lleva las notas internas: no se la dé al vecino.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="376"/>
        <source>Send e-mails the response to the resident at {email} and moves the message to the state chosen above.</source>
        <translation>«Enviar» manda la respuesta por correo al vecino a {email} y pasa el mensaje al estado elegido arriba.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="378"/>
        <source>The resident left no e-mail address: this response cannot be e-mailed. Send keeps it in the message&apos;s history and moves the message to the state chosen above; phone or post it if they left a way.</source>
        <translation>El vecino no dejó dirección de correo: esta respuesta no se puede enviar por correo. «Enviar» la guarda en el historial del mensaje y pasa el mensaje al estado elegido arriba; llame o envíela por carta si dejó cómo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="390"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="391"/>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="392"/>
        <source>Sent without a name: the town cannot reply.</source>
        <translation>Enviado sin nombre: el municipio no puede responder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="393"/>
        <source>What the resident sent</source>
        <translation>Lo que envió el vecino</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="394"/>
        <source>History the resident sees (My requests)</source>
        <translation>Historial que ve el vecino (Mis solicitudes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="395"/>
        <source>Staff history</source>
        <translation>Historial del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="396"/>
        <source>Internal, never shown to the resident: staff&apos;s changes and notes.</source>
        <translation>Interno, nunca se muestra al vecino: cambios y notas del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="397"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="398"/>
        <source>Change the state</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="399"/>
        <source>New state</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="400"/>
        <source>Note the resident will see with it</source>
        <translation>Nota que el vecino verá con él</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="400"/>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="407"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="401"/>
        <source>Change state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="402"/>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="404"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="403"/>
        <source>Who takes it</source>
        <translation>Quién se encarga</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="405"/>
        <source>Redirect to another department</source>
        <translation>Enviar a otro departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="407"/>
        <source>Internal note for that department</source>
        <translation>Nota interna para ese departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="408"/>
        <source>Redirect</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="409"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="410"/>
        <source>Note for staff (never shown to the resident)</source>
        <translation>Nota para el personal (nunca se muestra al vecino)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="412"/>
        <source>Add internal note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="413"/>
        <source>Respond to the resident</source>
        <translation>Responder al vecino</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="414"/>
        <source>Respond with the template of the state</source>
        <translation>Responder con la plantilla del estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="415"/>
        <source>Use this template</source>
        <translation>Usar esta plantilla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="416"/>
        <source>Response (edit it before sending)</source>
        <translation>Respuesta (corríjala antes de enviarla)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="418"/>
        <source>Send the response</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="419"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_detail.py" line="420"/>
        <source>Print a staff copy</source>
        <translation>Imprimir una copia para el personal</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="185"/>
        <source>Any department</source>
        <translation>Cualquier departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="187"/>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="188"/>
        <source>Any form</source>
        <translation>Cualquier formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="191"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="191"/>
        <location filename="../../kiosk/ui/console/queue_list.py" line="197"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="192"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Nadie todavía (sin asignar)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="193"/>
        <source>Overdue or not</source>
        <translation>Vencidos o no</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="193"/>
        <source>Only overdue</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="194"/>
        <source>Only not overdue</source>
        <translation>Solo no vencidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="195"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="195"/>
        <source>Due soonest first</source>
        <translation>Los que vencen antes primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="196"/>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="196"/>
        <source>Changed most recently</source>
        <translation>Cambiados más recientemente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="197"/>
        <source>Nobody (take it off everyone)</source>
        <translation>Nadie (retirarlo a todos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="222"/>
        <source>Please type a date as year-month-day, for example 2026-11-02.</source>
        <translation>Escriba la fecha como año-mes-día, por ejemplo 2026-11-02.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="268"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="270"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="272"/>
        <source>OVERDUE: was due {date}</source>
        <translation>VENCIDO: vencía el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="274"/>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="278"/>
        <source>Sent {date}</source>
        <translation>Enviado el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="280"/>
        <location filename="../../kiosk/ui/console/queue_list.py" line="379"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="314"/>
        <source>Please choose who takes them first.</source>
        <translation>Elija primero quién se encarga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="319"/>
        <source>{n} message(s) assigned to {who}.</source>
        <translation>{n} mensaje(s) asignado(s) a {who}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="324"/>
        <source>Please choose the state first.</source>
        <translation>Elija primero el estado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="328"/>
        <source>{n} message(s) moved to {state}.</source>
        <translation>{n} mensaje(s) pasado(s) a {state}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="341"/>
        <source>{n} selected</source>
        <translation>{n} seleccionado(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="342"/>
        <source>Nothing selected: tap Select on a message</source>
        <translation>Nada seleccionado: toque «Seleccionar» en un mensaje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="348"/>
        <location filename="../../kiosk/ui/console/queue_list.py" line="350"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="350"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="351"/>
        <source>Select {reference}</source>
        <translation>Seleccionar {reference}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="355"/>
        <source>No message on this line</source>
        <translation>No hay mensaje en esta línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="374"/>
        <source>Find messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="375"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="376"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="377"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="378"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="380"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="381"/>
        <source>Sent from (year-month-day)</source>
        <translation>Enviados desde (año-mes-día)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="382"/>
        <source>Sent up to and including</source>
        <translation>Enviados hasta (incluido)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="384"/>
        <source>e.g. 2026-11-02</source>
        <translation>p. ej., 2026-11-02</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="385"/>
        <source>Show messages</source>
        <translation>Mostrar mensajes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="386"/>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="387"/>
        <source>Selected messages</source>
        <translation>Mensajes seleccionados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="388"/>
        <source>Select all on this page</source>
        <translation>Seleccionar todos los de esta página</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="389"/>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="390"/>
        <source>Assign the selected to</source>
        <translation>Asignar los seleccionados a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="391"/>
        <source>Assign selected</source>
        <translation>Asignar seleccionados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="392"/>
        <source>Move the selected to the state</source>
        <translation>Pasar los seleccionados al estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="393"/>
        <source>Change state of selected</source>
        <translation>Cambiar estado de seleccionados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="394"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="395"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="410"/>
        <source>No messages match these filters.</source>
        <translation>Ningún mensaje coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_list.py" line="414"/>
        <source>Messages {first}–{last} of {total} (page {page} of {pages})</source>
        <translation>Mensajes {first}–{last} de {total} (página {page} de {pages})</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../kiosk/ui/console/queue.py" line="47"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
</context>
<context>
    <name>QueueWords</name>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="29"/>
        <source>That message is no longer in the queue (it may have been deleted under the retention rules).</source>
        <translation>Ese mensaje ya no está en la cola (puede haberse borrado según las normas de conservación).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="32"/>
        <source>The staff copy did not print: the printer is not working. Use Check on the Run the kiosk page to see why.</source>
        <translation>La copia para el personal no se imprimió: la impresora no funciona. Use «Comprobar» en la página Manejar el quiosco para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="34"/>
        <source>That could not be done. Please try again.</source>
        <translation>No se pudo hacer. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="40"/>
        <source>Only a supervisor can do this: reopening a message that was closed (the resident was told it was finished).</source>
        <translation>Solo un supervisor puede hacerlo: reabrir un mensaje ya cerrado (al vecino se le dijo que estaba terminado).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="42"/>
        <source>That state is not one of the town&apos;s states. Please choose another.</source>
        <translation>Ese estado no es uno de los del municipio. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="44"/>
        <source>That department is not one of the town&apos;s. Please choose another.</source>
        <translation>Ese departamento no es del municipio. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="46"/>
        <source>That staff member cannot take messages: their account is disabled.</source>
        <translation>Esa persona no puede recibir mensajes: su cuenta está desactivada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="48"/>
        <source>Please type the text first.</source>
        <translation>Escriba primero el texto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="49"/>
        <source>That text is too long. Please shorten it.</source>
        <translation>El texto es demasiado largo. Acórtelo, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="50"/>
        <source>Please select at least one message first.</source>
        <translation>Seleccione primero al menos un mensaje.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="51"/>
        <source>It is already with that department. Choose another one to redirect it to.</source>
        <translation>Ya está en ese departamento. Elija otro al que enviarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="53"/>
        <source>There is nothing to retry: that delivery has not failed, or it is being sent right now.</source>
        <translation>No hay nada que reintentar: esa entrega no ha fallado o se está enviando ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="60"/>
        <source>Staff queue</source>
        <translation>Cola del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="61"/>
        <source>E-mail to the department</source>
        <translation>Correo al departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="62"/>
        <source>Open311 service request</source>
        <translation>Solicitud de servicio Open311</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="63"/>
        <source>Response e-mailed to the resident</source>
        <translation>Respuesta enviada por correo al vecino</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="71"/>
        <source>{what}: delivered {when}</source>
        <translation>{what}: entregado el {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="73"/>
        <source>{what}: FAILED after {n} attempt(s)</source>
        <translation>{what}: FALLÓ tras {n} intento(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="75"/>
        <source>{what}: waiting to be tried again ({when})</source>
        <translation>{what}: en espera de un nuevo intento ({when})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="77"/>
        <source>{what}: waiting to be sent</source>
        <translation>{what}: en espera de envío</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="95"/>
        <source>State changed from {old} to {new}</source>
        <translation>Estado cambiado de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="98"/>
        <source>Taken off everyone (unassigned)</source>
        <translation>Retirado a todos (sin asignar)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="99"/>
        <source>Assigned to {who}</source>
        <translation>Asignado a {who}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="102"/>
        <source>Redirected from {old} to {new}, with an internal note</source>
        <translation>Enviado de {old} a {new}, con una nota interna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="104"/>
        <source>Redirected from {old} to {new}</source>
        <translation>Enviado de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="106"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="109"/>
        <source>Response to the resident (e-mail queued)</source>
        <translation>Respuesta al vecino (correo en cola)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="110"/>
        <source>Response to the resident (not e-mailed: no address)</source>
        <translation>Respuesta al vecino (no enviada por correo: sin dirección)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/queue_words.py" line="111"/>
        <source>A failed delivery was queued again ({channel})</source>
        <translation>Una entrega fallida se puso de nuevo en cola ({channel})</translation>
    </message>
</context>
<context>
    <name>RangeChooser</name>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="134"/>
        <source>Please type each day as year-month-day, for example {day}.</source>
        <translation>Escriba cada día como año-mes-día, por ejemplo {day}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="138"/>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="143"/>
        <source>Please choose at most {days} days (a year) at a time.</source>
        <translation>Elija como máximo {days} días (un año) a la vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="173"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="173"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="174"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="174"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="187"/>
        <source>Choose a month…</source>
        <translation>Elegir mes…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="188"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="189"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="190"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="193"/>
        <source>e.g. {day}</source>
        <translation>p. ej., {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_range.py" line="194"/>
        <source>Show these days</source>
        <translation>Mostrar estos días</translation>
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
        <location filename="../../kiosk/ui/screens/register.py" line="98"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="150"/>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="179"/>
        <source>Your receipt is printing. Please take it with you.</source>
        <translation>Su recibo se está imprimiendo. No olvide llevárselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="180"/>
        <source>The printer is not working right now, so no receipt was printed. Your account was created: the details are on this screen.</source>
        <translation>La impresora no funciona en este momento, así que no se imprimió ningún recibo. Su cuenta se creó: los datos están en esta pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="194"/>
        <source>Sorry, your account could not be created just now. Nothing was saved. Please try again, or ask at the front desk.</source>
        <translation>Lo sentimos, no se pudo crear su cuenta en este momento. No se guardó nada. Inténtelo de nuevo o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="223"/>
        <source>strong</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="224"/>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="225"/>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="228"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="229"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="230"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="231"/>
        <source>Type the password again</source>
        <translation>Escriba de nuevo la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="232"/>
        <location filename="../../kiosk/ui/screens/register.py" line="249"/>
        <source>Security question</source>
        <translation>Pregunta de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="233"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="236"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="236"/>
        <source>Cancel and discard everything</source>
        <translation>Cancelar y descartar todo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="237"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="238"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="239"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="239"/>
        <source>Decline the terms and discard everything</source>
        <translation>Rechazar las condiciones y descartar todo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="240"/>
        <source>Accept and create my account</source>
        <translation>Aceptar y crear mi cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="241"/>
        <source>Try printing again</source>
        <translation>Intentar imprimir de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="242"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="245"/>
        <source>Choose a user name</source>
        <translation>Elija un nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="246"/>
        <source>3 to 30 letters or digits; you may use . _ and -. You will sign in with it.</source>
        <translation>De 3 a 30 letras o números; puede usar . _ y -. Lo usará para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="247"/>
        <source>Choose a password</source>
        <translation>Elija una contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="248"/>
        <source>8 to 20 characters. Avoid common words; a few unrelated words make a strong password.</source>
        <translation>De 8 a 20 caracteres. Evite palabras comunes; unas cuantas palabras sin relación forman una contraseña segura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="250"/>
        <source>If you forget your password, you will answer this question to set a new one.</source>
        <translation>Si olvida su contraseña, responderá esta pregunta para crear una nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="251"/>
        <source>Your contact details</source>
        <translation>Sus datos de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="252"/>
        <source>So the town can reach you about your business. Fields marked optional can be left empty.</source>
        <translation>Para que el municipio pueda comunicarse con usted sobre sus trámites. Los campos marcados como opcionales pueden quedar vacíos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="253"/>
        <source>Licensed professionals (optional)</source>
        <translation>Profesionales con licencia (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="254"/>
        <source>If you are registering as a licensed professional, add your license numbers. Otherwise tap Next.</source>
        <translation>Si se registra como profesional con licencia, agregue sus números de licencia. Si no, toque Siguiente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="256"/>
        <source>Check your details</source>
        <translation>Revise sus datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="256"/>
        <source>Tap Edit to change a part.</source>
        <translation>Toque Editar para cambiar una parte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="257"/>
        <source>Terms &amp; conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="258"/>
        <source>Please read the town&apos;s terms. You must accept them to do business with the town.</source>
        <translation>Lea las condiciones del municipio. Debe aceptarlas para hacer trámites con el municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="261"/>
        <source>Your account is ready</source>
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="265"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/register.py" line="267"/>
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
        <location filename="../../kiosk/ui/console/retention_page.py" line="55"/>
        <source>Records retention</source>
        <translation>Conservación de registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="80"/>
        <source>Counting what is past its period…</source>
        <translation>Contando lo que ha superado su plazo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="85"/>
        <source>Nothing is past its period: there is nothing to delete.</source>
        <translation>Nada ha superado su plazo: no hay nada que eliminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="88"/>
        <source>Delete {what}? They are past their period and cannot be brought back. The audit log is kept.</source>
        <translation>¿Eliminar {what}? Han superado su plazo y no se podrán recuperar. El registro de auditoría se conserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="90"/>
        <source>Delete them now</source>
        <translation>Eliminarlos ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="98"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="101"/>
        <source>Deleted {what}.</source>
        <translation>Eliminados: {what}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="105"/>
        <source>Only a supervisor can run retention.</source>
        <translation>Solo un supervisor puede ejecutar la conservación de registros.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="110"/>
        <source>{submissions} message(s) sent to the town (with their history and deliveries), {events} anonymous visit(s) of the usage statistics, and {accounts} closed account(s)</source>
        <translation>{submissions} mensaje(s) enviado(s) al municipio (con su historial y envíos), {events} visita(s) anónima(s) de las estadísticas de uso y {accounts} cuenta(s) cerrada(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="116"/>
        <source>The kiosk keeps each kind of record for the period the town set, then deletes it. The audit log of what staff did is kept for good.</source>
        <translation>El quiosco conserva cada tipo de registro durante el plazo que fijó el municipio y después lo elimina. El registro de auditoría de lo que hizo el personal se conserva para siempre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="118"/>
        <source>How long records are kept</source>
        <translation>Cuánto tiempo se conservan los registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="123"/>
        <source>Messages sent to the town</source>
        <translation>Mensajes enviados al municipio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="124"/>
        <source>%n day(s) after the last change</source>
        <translation>
            <numerusform>%n día después del último cambio</numerusform>
            <numerusform>%n días después del último cambio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="125"/>
        <source>Anonymous visits (usage statistics)</source>
        <translation>Visitas anónimas (estadísticas de uso)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="125"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="126"/>
        <source>Closed accounts</source>
        <translation>Cuentas cerradas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console/retention_page.py" line="126"/>
        <source>%n day(s) after closing</source>
        <translation>
            <numerusform>%n día después del cierre</numerusform>
            <numerusform>%n días después del cierre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="127"/>
        <source>Audit log of staff actions</source>
        <translation>Registro de auditoría de las acciones del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="127"/>
        <source>kept for good</source>
        <translation>se conserva para siempre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="129"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="130"/>
        <location filename="../../kiosk/ui/console/retention_page.py" line="131"/>
        <source>Run retention now</source>
        <translation>Ejecutar la conservación ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="132"/>
        <source>Run retention now: first count what would be deleted</source>
        <translation>Ejecutar la conservación ahora: primero se cuenta lo que se eliminaría</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="140"/>
        <source>Retention has not run yet.</source>
        <translation>La conservación de registros aún no se ha ejecutado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/retention_page.py" line="142"/>
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
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="94"/>
        <source>Run the kiosk</source>
        <translation>Manejar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="109"/>
        <source>The visit in progress has ended.</source>
        <translation>La visita en curso ha terminado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="110"/>
        <source>No visit is in progress on this kiosk. (A visit in progress ends when the console opens.)</source>
        <translation>No hay ninguna visita en curso en este quiosco. (Una visita en curso termina al abrir la consola).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="117"/>
        <source>Please type the message residents will read.</source>
        <translation>Escriba el mensaje que leerán los residentes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="123"/>
        <source>Please use a shorter message.</source>
        <translation>Use un mensaje más corto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="133"/>
        <source>Residents now see the message instead of Start.</source>
        <translation>Ahora los residentes ven el mensaje en lugar de Comenzar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="134"/>
        <source>The kiosk is back in service.</source>
        <translation>El quiosco vuelve a estar en servicio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="150"/>
        <source>The test page was sent to the printer.</source>
        <translation>La página de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="151"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="153"/>
        <source>The test page did not print: the printer is not working. Use Check to see why.</source>
        <translation>La página de prueba no se imprimió: la impresora no funciona. Use Comprobar para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="161"/>
        <source>Checking… (each takes a few seconds at most)</source>
        <translation>Comprobando… (cada comprobación tarda unos segundos como mucho)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="175"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="175"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="176"/>
        <source>E-mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="178"/>
        <source>reachable</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="179"/>
        <source>not set up (no e-mail is sent from this kiosk)</source>
        <translation>no configurado (este quiosco no envía correos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="180"/>
        <source>not reachable: no answer in time</source>
        <translation>no disponible: no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="181"/>
        <source>not reachable: nothing answers at that address</source>
        <translation>no disponible: nada responde en esa dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="182"/>
        <source>not reachable: it refused the kiosk&apos;s user name or password</source>
        <translation>no disponible: rechazó el usuario o la contraseña del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="183"/>
        <source>not reachable: not found, or not accepting work</source>
        <translation>no disponible: no se encuentra o no acepta trabajos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="184"/>
        <source>not reachable (details in the log)</source>
        <translation>no disponible (detalles en el registro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="197"/>
        <source>Only a supervisor can do this.</source>
        <translation>Solo un supervisor puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="201"/>
        <source>The visit</source>
        <translation>La visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="202"/>
        <source>End the visit now</source>
        <translation>Terminar la visita ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="203"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="204"/>
        <source>Message residents read while the kiosk is out of service</source>
        <translation>Mensaje que leen los residentes mientras el quiosco está fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="206"/>
        <source>e.g. This kiosk is being serviced. Please ask at the front desk.</source>
        <translation>p. ej., Este quiosco está en mantenimiento. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="207"/>
        <source>Put out of service</source>
        <translation>Poner fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="208"/>
        <source>Bring back into service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="209"/>
        <source>Printer and servers</source>
        <translation>Impresora y servidores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="210"/>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="211"/>
        <source>Check the database, printer and e-mail</source>
        <translation>Comprobar la base de datos, la impresora y el correo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="212"/>
        <source>Kiosk mode (supervisors)</source>
        <translation>Modo quiosco (supervisores)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="213"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="214"/>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="220"/>
        <source>Out of service since {time}, set by {who}.</source>
        <translation>Fuera de servicio desde las {time}, por {who}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/run_kiosk.py" line="223"/>
        <source>In service: residents can start a visit.</source>
        <translation>En servicio: los residentes pueden comenzar una visita.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="79"/>
        <source>Printed. Please take your copy from the printer.</source>
        <translation>Impreso. Retire su copia de la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="82"/>
        <source>Sorry, the printer is not working right now. Please ask at the front desk for a printed copy.</source>
        <translation>Lo sentimos, la impresora no funciona en este momento. Pida una copia impresa en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/base.py" line="92"/>
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
        <location filename="../../kiosk/ui/screens/signin.py" line="70"/>
        <location filename="../../kiosk/ui/screens/signin.py" line="175"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="87"/>
        <source>Please type your user name and your password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="93"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="123"/>
        <source>Saving your new password…</source>
        <translation>Guardando su nueva contraseña…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="129"/>
        <source>Please type a new password twice.</source>
        <translation>Escriba dos veces una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="152"/>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="152"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="152"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="152"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="152"/>
        <source>strong</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="153"/>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="154"/>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="166"/>
        <source>Sign in to your account</source>
        <translation>Inicie sesión en su cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="166"/>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="167"/>
        <source>You signed in with a temporary password from the front desk. Please choose a new password of your own now: 8 to 20 characters, typed twice.</source>
        <translation>Ha iniciado sesión con una contraseña temporal de la recepción. Elija ahora una contraseña propia: de 8 a 20 caracteres, escrita dos veces.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="169"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="170"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="171"/>
        <source>New password (8 to 20 characters)</source>
        <translation>Nueva contraseña (de 8 a 20 caracteres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="172"/>
        <source>Type the new password again</source>
        <translation>Escriba de nuevo la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="173"/>
        <source>Save my new password and sign in</source>
        <translation>Guardar mi nueva contraseña e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="176"/>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="177"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="105"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="137"/>
        <location filename="../../kiosk/ui/console/staff_page.py" line="154"/>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="139"/>
        <source>{count} staff accounts</source>
        <translation>{count} cuentas de personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="140"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="141"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="141"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="141"/>
        <source>Previous staff accounts</source>
        <translation>Cuentas de personal anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="141"/>
        <source>Next staff accounts</source>
        <translation>Cuentas de personal siguientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="150"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="150"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="155"/>
        <source>active, must change the password</source>
        <translation>activa, debe cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="155"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="159"/>
        <source>two-factor: set up</source>
        <translation>dos pasos: configurado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="159"/>
        <source>, required</source>
        <translation>, obligatorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="160"/>
        <source>two-factor: required, not set up yet</source>
        <translation>dos pasos: obligatorio, aún sin configurar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="161"/>
        <source>two-factor: not required</source>
        <translation>dos pasos: no obligatorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="165"/>
        <source>never signed in</source>
        <translation>nunca ha iniciado sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="166"/>
        <source>last sign-in {when}</source>
        <translation>último acceso: {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="190"/>
        <source>Stop requiring two-factor sign-in</source>
        <translation>Dejar de exigir el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="191"/>
        <location filename="../../kiosk/ui/console/staff_page.py" line="354"/>
        <source>Require two-factor sign-in</source>
        <translation>Exigir el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="199"/>
        <source>Disable {name}&apos;s account? They can no longer sign in. The account stays, as the audit log names it.</source>
        <translation>¿Desactivar la cuenta de {name}? Ya no podrá iniciar sesión. La cuenta se conserva, porque el registro de auditoría la menciona.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="219"/>
        <source>{name}&apos;s account is disabled.</source>
        <translation>La cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="233"/>
        <source>The temporary password for {name}, shown only this once. Write it down and hand it over: they must choose a new password when they next sign in.</source>
        <translation>La contraseña temporal de {name}, que se muestra solo esta vez. Anótela y entréguela: deberá elegir una contraseña nueva la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="236"/>
        <source>Temporary password: {password}</source>
        <translation>Contraseña temporal: {password}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="260"/>
        <source>{name} will set up two-factor sign-in at their next sign-in.</source>
        <translation>{name} configurará el inicio de sesión en dos pasos la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="262"/>
        <source>{name} already uses two-factor sign-in; it is now required.</source>
        <translation>{name} ya usa el inicio de sesión en dos pasos; ahora es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="264"/>
        <source>Two-factor sign-in is no longer required of {name}. (Once set up, it is still asked for.)</source>
        <translation>Ya no se exige a {name} el inicio de sesión en dos pasos. (Si ya está configurado, se sigue pidiendo.)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="287"/>
        <source>Please choose a role.</source>
        <translation>Elija una función.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="298"/>
        <source>{name} can now sign in as {username} with the first password you chose, and must then choose their own.</source>
        <translation>{name} ya puede iniciar sesión como {username} con la primera contraseña que usted eligió, y luego deberá elegir una propia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="303"/>
        <source>Adding…</source>
        <translation>Agregando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="312"/>
        <source>Please choose another first password.</source>
        <translation>Elija otra primera contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="324"/>
        <source>Only a supervisor can manage staff accounts.</source>
        <translation>Solo un supervisor puede administrar las cuentas del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="325"/>
        <source>That user name is taken (perhaps by a disabled account). Please choose another.</source>
        <translation>Ese nombre de usuario ya está en uso (quizás por una cuenta desactivada). Elija otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="327"/>
        <source>A user name is 3 to 40 characters: lower-case letters a-z, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 3 a 40 caracteres: letras minúsculas a-z, dígitos, puntos, guiones o guiones bajos, y empieza por una letra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="329"/>
        <source>Please type the name as it should show, up to 120 characters.</source>
        <translation>Escriba el nombre tal como debe mostrarse, hasta 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="330"/>
        <source>This account is already disabled.</source>
        <translation>Esta cuenta ya está desactivada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="331"/>
        <source>You cannot disable your own account. Another supervisor can.</source>
        <translation>No puede desactivar su propia cuenta. Otro supervisor puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="332"/>
        <location filename="../../kiosk/ui/console/staff_page.py" line="333"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="339"/>
        <source>Disable the account</source>
        <translation>Desactivar la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="340"/>
        <source>Reset the password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="341"/>
        <source>Yes, disable it</source>
        <translation>Sí, desactivarla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="342"/>
        <source>Keep the account</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="343"/>
        <source>Handed over: hide it</source>
        <translation>Entregada: ocultarla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="344"/>
        <source>Add a staff member</source>
        <translation>Agregar a un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="345"/>
        <source>Choose a first password to hand over: they must replace it with their own when they first sign in.</source>
        <translation>Elija una primera contraseña para entregar: deberá reemplazarla por una propia la primera vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="347"/>
        <source>User name (for signing in)</source>
        <translation>Nombre de usuario (para iniciar sesión)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="348"/>
        <source>Name as it shows</source>
        <translation>Nombre tal como se muestra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="349"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="351"/>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="352"/>
        <source>First password again</source>
        <translation>Repita la primera contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="353"/>
        <source>Add the staff member</source>
        <translation>Agregar al miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/staff_page.py" line="357"/>
        <source>A staff account</source>
        <translation>Una cuenta de personal</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="102"/>
        <source>Please type your user name and your password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="113"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="124"/>
        <source>Type the 6-digit code your authenticator app shows now.</source>
        <translation>Escriba el código de 6 dígitos que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="132"/>
        <source>Your password is a temporary one. Choose a new password to go on.</source>
        <translation>Su contraseña es temporal. Elija una contraseña nueva para continuar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="152"/>
        <source>A supervisor has asked for two-factor sign-in on this account. Set it up now: it takes a minute, with an authenticator app on your phone.</source>
        <translation>Un supervisor ha pedido el inicio de sesión en dos pasos para esta cuenta. Configúrelo ahora: lleva un minuto, con una aplicación de autenticación en su teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="164"/>
        <source>Two-factor sign-in is set up. To finish signing in, wait for the app to show a new code, then type it here.</source>
        <translation>El inicio de sesión en dos pasos está configurado. Para terminar de iniciar sesión, espere a que la aplicación muestre un código nuevo y escríbalo aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="179"/>
        <source>The new password must not be the temporary one.</source>
        <translation>La contraseña nueva no puede ser la temporal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="181"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="189"/>
        <source>Too many wrong tries: this staff account is locked until {time}. A supervisor can reset its password sooner.</source>
        <translation>Demasiados intentos fallidos: esta cuenta de personal está bloqueada hasta las {time}. Un supervisor puede restablecer su contraseña antes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="192"/>
        <source>This staff account is disabled. Please ask a supervisor.</source>
        <translation>Esta cuenta de personal está desactivada. Consulte a un supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="193"/>
        <source>The user name, password or code is not right. Please try again.</source>
        <translation>El nombre de usuario, la contraseña o el código no son correctos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="196"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="197"/>
        <source>For town hall staff only. Residents: please tap Back to the kiosk.</source>
        <translation>Solo para el personal del ayuntamiento. Residentes: toquen Volver al quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="198"/>
        <source>For town hall staff only.</source>
        <translation>Solo para el personal del ayuntamiento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="199"/>
        <source>Staff user name</source>
        <translation>Nombre de usuario del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="200"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="201"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="202"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="203"/>
        <source>Code from the authenticator app</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="204"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/signin.py" line="205"/>
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
    <name>TotpSetUp</name>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="79"/>
        <source>Making a new key…</source>
        <translation>Creando una clave nueva…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="106"/>
        <source>The key, to type in by hand: {key}</source>
        <translation>La clave, para escribirla a mano: {key}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="117"/>
        <source>Please type the 6-digit code the app shows.</source>
        <translation>Escriba el código de 6 dígitos que muestra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="123"/>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="135"/>
        <source>That code is not right. Type the code the app shows now (it changes every 30 seconds); check the phone&apos;s clock is right if it keeps failing.</source>
        <translation>Ese código no es correcto. Escriba el código que muestra ahora la aplicación (cambia cada 30 segundos); si sigue fallando, compruebe que la hora del teléfono es correcta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="138"/>
        <source>The key was replaced meanwhile. Please cancel and start again.</source>
        <translation>Mientras tanto se reemplazó la clave. Cancele y empiece de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="140"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="144"/>
        <source>Set up two-factor sign-in</source>
        <translation>Configurar el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="145"/>
        <source>1. On your phone, open an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator) and add an account by scanning this code:</source>
        <translation>1. En su teléfono, abra una aplicación de autenticación (por ejemplo FreeOTP, Google Authenticator o Microsoft Authenticator) y agregue una cuenta escaneando este código:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="148"/>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="149"/>
        <source>Cannot scan it? Add the account by hand instead, time-based, with this key:</source>
        <translation>¿No puede escanearlo? Agregue la cuenta a mano, basada en el tiempo, con esta clave:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="151"/>
        <source>2. The 6-digit code the app now shows</source>
        <translation>2. El código de 6 dígitos que muestra ahora la aplicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="152"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/totp_setup.py" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="139"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="159"/>
        <source>Usage statistics are not available here.</source>
        <translation>Las estadísticas de uso no están disponibles aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="163"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="175"/>
        <source>These days cannot be counted. Please choose other days.</source>
        <translation>Estos días no se pueden contar. Elija otros días.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="198"/>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="201"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="202"/>
        <source>Average visit length</source>
        <translation>Duración media de una visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="203"/>
        <source>Pages printed</source>
        <translation>Páginas impresas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="204"/>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="210"/>
        <source>How the visit ended</source>
        <translation>Cómo terminó la visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="212"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="214"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="215"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="231"/>
        <source>Visits by language</source>
        <translation>Visitas por idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="232"/>
        <source>Visits that used each screen</source>
        <translation>Visitas que usaron cada pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="233"/>
        <source>Messages by form</source>
        <translation>Mensajes por formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="234"/>
        <source>Messages by department</source>
        <translation>Mensajes por departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="235"/>
        <source>Crossed box: fewer than {k}, or not shown so that a small count cannot be worked out</source>
        <translation>Casilla tachada: menos de {k}, o no se muestra para que no se pueda deducir una cantidad pequeña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="261"/>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="262"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="267"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="267"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="285"/>
        <source>The file could not be saved there ({why}). Please choose another folder.</source>
        <translation>No se pudo guardar el archivo ahí ({why}). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="288"/>
        <source>Saved as {file}.</source>
        <translation>Guardado como {file}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="291"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="298"/>
        <source>This console has no printer.</source>
        <translation>Esta consola no tiene impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="302"/>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="303"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="308"/>
        <source>The report did not print: the printer is not working. “Run the kiosk” can check it.</source>
        <translation>El informe no se imprimió: la impresora no funciona. «Manejar el quiosco» puede comprobarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="311"/>
        <source>The report could not be made.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="335"/>
        <source>Every figure counts visits or messages together, never a person. A count of 1 to {small} reads “fewer than {k}”, and a few others read “not shown” so that no small count can be worked out from the totals. Days and hours are the town&apos;s.</source>
        <translation>Cada cifra cuenta visitas o mensajes en conjunto, nunca a una persona. Una cantidad de 1 a {small} se lee «menos de {k}», y algunas otras se leen «oculto», para que ninguna cantidad pequeña se pueda deducir de los totales. Los días y las horas son los del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="338"/>
        <source>Take the figures out</source>
        <translation>Sacar las cifras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="339"/>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="340"/>
        <source>Save the report (PDF)…</source>
        <translation>Guardar el informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="341"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="230"/>
        <location filename="../../kiosk/ui/console/usage.py" line="347"/>
        <source>Visits per day</source>
        <translation>Visitas por día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="230"/>
        <location filename="../../kiosk/ui/console/usage.py" line="348"/>
        <source>Visits by weekday and hour</source>
        <translation>Visitas por día de la semana y hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="231"/>
        <location filename="../../kiosk/ui/console/usage.py" line="349"/>
        <source>How visits ended</source>
        <translation>Cómo terminaron las visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="350"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="351"/>
        <source>Screens used</source>
        <translation>Pantallas usadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="352"/>
        <source>Forms used (messages sent with each)</source>
        <translation>Formularios usados (mensajes enviados con cada uno)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="232"/>
        <location filename="../../kiosk/ui/console/usage.py" line="353"/>
        <source>Pages printed per day</source>
        <translation>Páginas impresas por día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="354"/>
        <source>Messages by department and state</source>
        <translation>Mensajes por departamento y estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="355"/>
        <source>Median time to resolve, by department</source>
        <translation>Mediana del tiempo de resolución, por departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="359"/>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="360"/>
        <source>The same figures are in the table below the chart.</source>
        <translation>Las mismas cifras están en la tabla debajo del gráfico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="361"/>
        <source>Table: {title}</source>
        <translation>Tabla: {title}</translation>
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
        <location filename="../../kiosk/ui/screens/signin.py" line="191"/>
        <source>For your security, this account is locked until {time} after too many attempts. For help now: {front_desk}</source>
        <translation>Por su seguridad, esta cuenta está bloqueada hasta las {time} tras demasiados intentos. Para recibir ayuda ahora: {front_desk}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/signin.py" line="193"/>
        <source>The user name or password is not right. Please try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
