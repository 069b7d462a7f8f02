<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>FigureWords</name>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="30"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="32"/>
        <source>fewer than {k}</source>
        <translation>menos de {k}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="33"/>
        <source>not shown</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="40"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="45"/>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="48"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="48"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="48"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="48"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="49"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="49"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="49"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="53"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="54"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="57"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="58"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="59"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="59"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="62"/>
        <source>Started over</source>
        <translation>Vuelta a empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="63"/>
        <source>Timed out</source>
        <translation>Por inactividad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="63"/>
        <source>Ended by staff</source>
        <translation>Terminada por el personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="64"/>
        <source>Kiosk stopped</source>
        <translation>Quiosco detenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="64"/>
        <source>Ended by an error</source>
        <translation>Terminada por un error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="69"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="69"/>
        <source>Acknowledged</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="70"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="71"/>
        <source>Waiting for the resident</source>
        <translation>Esperando al residente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="72"/>
        <source>Redirected</source>
        <translation>Redirigido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="73"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="74"/>
        <source>Closed without action</source>
        <translation>Cerrado sin acción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="75"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="79"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="88"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="108"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="115"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="122"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="125"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage_figures.py" line="125"/>
        <source>Median time to resolve</source>
        <translation>Mediana del tiempo de resolución</translation>
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
    <name>UsagePage</name>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="140"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="160"/>
        <source>Usage statistics are not available here.</source>
        <translation>Las estadísticas de uso no están disponibles aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="164"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="174"/>
        <source>These days cannot be counted. Please choose other days.</source>
        <translation>Estos días no se pueden contar. Elija otros días.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="197"/>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="200"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="201"/>
        <source>Average visit length</source>
        <translation>Duración media de una visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="202"/>
        <source>Pages printed</source>
        <translation>Páginas impresas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="203"/>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="209"/>
        <source>How the visit ended</source>
        <translation>Cómo terminó la visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="211"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="213"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="214"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="224"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="224"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="234"/>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="235"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="240"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="240"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="258"/>
        <source>The file could not be saved there ({why}). Please choose another folder.</source>
        <translation>No se pudo guardar el archivo ahí ({why}). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="261"/>
        <source>Saved as {file}.</source>
        <translation>Guardado como {file}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="264"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="271"/>
        <source>This console has no printer.</source>
        <translation>Esta consola no tiene impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="275"/>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="276"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="281"/>
        <source>The report did not print: the printer is not working. “Run the kiosk” can check it.</source>
        <translation>El informe no se imprimió: la impresora no funciona. «Manejar el quiosco» puede comprobarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="284"/>
        <source>The report could not be made.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="308"/>
        <source>Every figure counts visits or messages together, never a person. A count of 1 to {small} reads “fewer than {k}”, and a few others read “not shown” so that no small count can be worked out from the totals. Days and hours are the town&apos;s.</source>
        <translation>Cada cifra cuenta visitas o mensajes en conjunto, nunca a una persona. Una cantidad de 1 a {small} se lee «menos de {k}», y algunas otras se leen «oculto», para que ninguna cantidad pequeña se pueda deducir de los totales. Los días y las horas son los del municipio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="311"/>
        <source>Take the figures out</source>
        <translation>Sacar las cifras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="312"/>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="313"/>
        <source>Save the report (PDF)…</source>
        <translation>Guardar el informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="314"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="320"/>
        <source>Visits per day</source>
        <translation>Visitas por día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="321"/>
        <source>Visits by weekday and hour</source>
        <translation>Visitas por día de la semana y hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="322"/>
        <source>How visits ended</source>
        <translation>Cómo terminaron las visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="323"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="324"/>
        <source>Screens used</source>
        <translation>Pantallas usadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="325"/>
        <source>Forms used (messages sent with each)</source>
        <translation>Formularios usados (mensajes enviados con cada uno)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="326"/>
        <source>Pages printed per day</source>
        <translation>Páginas impresas por día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="327"/>
        <source>Messages by department and state</source>
        <translation>Mensajes por departamento y estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="328"/>
        <source>Median time to resolve, by department</source>
        <translation>Mediana del tiempo de resolución, por departamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="332"/>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="333"/>
        <source>The same figures are in the table below the chart.</source>
        <translation>Las mismas cifras están en la tabla debajo del gráfico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console/usage.py" line="334"/>
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
