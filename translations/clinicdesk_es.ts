<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cd::AppSettings</name>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>set by your IT department</source>
        <translation>definido por su departamento de TI</translation>
    </message>
    <message>
        <source>your setting</source>
        <translation>su configuración</translation>
    </message>
    <message>
        <source>from environment</source>
        <translation>del entorno</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by your IT department and cannot be changed here. Ask IT to change it.</source>
        <translation>&quot;%1&quot; lo define su departamento de TI y no se puede cambiar aquí. Pida a TI que lo cambie.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>No se pudo escribir el archivo de configuración %1. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de configuración %1.</translation>
    </message>
</context>
<context>
    <name>cd::ConsentMethods</name>
    <message>
        <source>Verbally, at the desk</source>
        <translation>Verbalmente, en recepción</translation>
    </message>
    <message>
        <source>On a signed form</source>
        <translation>En un formulario firmado</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>Por mensaje de texto</translation>
    </message>
    <message>
        <source>Through the patient portal</source>
        <translation>A través del portal del paciente</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importado de un archivo</translation>
    </message>
    <message>
        <source>Demo patient</source>
        <translation>Paciente de demostración</translation>
    </message>
</context>
<context>
    <name>cd::CredentialInputParser</name>
    <message>
        <source>%1: unknown name &quot;%2&quot;; expected one of %3.</source>
        <translation>%1: nombre desconocido &quot;%2&quot;; se esperaba uno de estos: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is given twice.</source>
        <translation>%1: %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: %2 has no value. To remove the secrets, use &quot;clinicdesk-cli config clear-credentials&quot;.</source>
        <translation>%1: %2 no tiene valor. Para eliminar los secretos, use &quot;clinicdesk-cli config clear-credentials&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: expected NAME=VALUE, e.g. TWILIO_ACCOUNT_SID=AC…</source>
        <translation>%1: se esperaba NOMBRE=VALOR, p.&#xa0;ej. TWILIO_ACCOUNT_SID=AC…</translation>
    </message>
    <message>
        <source>No NAME=VALUE lines were given on standard input.</source>
        <translation>No se recibió ninguna línea NOMBRE=VALOR por la entrada estándar.</translation>
    </message>
    <message>
        <source>None of %1 is set in the environment.</source>
        <translation>Ninguna de estas variables está definida en el entorno: %1.</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>Cannot read the database file %1: %2. Check that the file exists and that your account may read and write it.</source>
        <translation>No se puede leer el archivo de base de datos %1: %2. Compruebe que el archivo existe y que su cuenta tiene permiso para leerlo y escribirlo.</translation>
    </message>
    <message>
        <source>The file %1 is not a ClinicDesk database or is damaged. It was left untouched; restore it from a backup or choose another data directory.</source>
        <translation>El archivo %1 no es una base de datos de ClinicDesk o está dañado. No se modificó; restáurelo desde una copia de seguridad o elija otro directorio de datos.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Choose a directory you can write to (--data-dir or CLINICDESK_DATA_DIR).</source>
        <translation>No se puede crear el directorio de datos %1. Elija un directorio en el que pueda escribir (--data-dir o CLINICDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask IT to give your account write access.</source>
        <translation>El archivo de base de datos %1 es de solo lectura. Pida a TI que le dé permiso de escritura a su cuenta.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a ClinicDesk database or is damaged (%2). It was left untouched; restore it from a backup or choose another data directory.</source>
        <translation>El archivo %1 no es una base de datos de ClinicDesk o está dañado (%2). No se modificó; restáurelo desde una copia de seguridad o elija otro directorio de datos.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ClinicDesk (schema %2; this version understands up to %3). Nothing was changed. Install the newer ClinicDesk to open it.</source>
        <translation>La base de datos %1 fue creada por una versión más reciente de ClinicDesk (esquema %2; esta versión admite hasta el %3). No se modificó nada. Instale la versión más reciente de ClinicDesk para abrirla.</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 (%3) failed and was rolled back: %4</source>
        <translation>La actualización de la base de datos %1 al esquema %2 (%3) falló y se revirtió: %4</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
</context>
<context>
    <name>cd::DemoGateway</name>
    <message>
        <source>Thank you, see you then!</source>
        <translation>¡Gracias, nos vemos!</translation>
    </message>
    <message>
        <source>Got it, thanks.</source>
        <translation>Entendido, gracias.</translation>
    </message>
    <message>
        <source>Can I come 30 minutes later?</source>
        <translation>¿Puedo llegar 30 minutos más tarde?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
</context>
<context>
    <name>cd::DemoPatients</name>
    <message>
        <source>Demo patient: fictional person, 555-01xx numbers are reserved for examples.</source>
        <translation>Paciente de demostración: persona ficticia; los números 555-01xx están reservados para ejemplos.</translation>
    </message>
</context>
<context>
    <name>cd::GatewayFactory</name>
    <message>
        <source>No source of Twilio credentials was given.</source>
        <translation>No se indicó de dónde obtener las credenciales de Twilio.</translation>
    </message>
    <message>
        <source>the Account SID</source>
        <translation>el Account SID</translation>
    </message>
    <message>
        <source>the Auth Token (or an API key and its secret)</source>
        <translation>el Auth Token (o una API key y su secreto)</translation>
    </message>
    <message>
        <source>the clinic&apos;s Twilio phone number (or a Messaging Service SID)</source>
        <translation>el número de teléfono de Twilio de la clínica (o un Messaging Service SID)</translation>
    </message>
    <message>
        <source>Twilio is only partly set up: %1 is missing. Nothing was sent. Complete the Twilio settings, or remove them all to use the demo mode.</source>
        <translation>Twilio está configurado solo en parte: falta %1. No se envió nada. Complete la configuración de Twilio o bórrela toda para usar el modo de demostración.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>cd::KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the macOS keychain</source>
        <translation>el llavero de macOS</translation>
    </message>
    <message>
        <source>the desktop keychain (Secret Service: gnome-keyring or KWallet)</source>
        <translation>el llavero del escritorio (Secret Service: gnome-keyring o KWallet)</translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account (not a service account) and try again.</source>
        <translation>Inicie sesión en Windows con su propia cuenta (no con una cuenta de servicio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Open Keychain Access, unlock the login keychain and allow ClinicDesk when asked.</source>
        <translation>Abra Acceso a Llaveros, desbloquee el llavero de inicio de sesión y permita el acceso a ClinicDesk cuando se le pregunte.</translation>
    </message>
    <message>
        <source>Install gnome-keyring (or KWallet), log in to a desktop session so it starts and unlocks, and try again. Over SSH or in a script, run the command inside &quot;dbus-run-session&quot; with gnome-keyring-daemon unlocked.</source>
        <translation>Instale gnome-keyring (o KWallet), inicie una sesión de escritorio para que se inicie y se desbloquee, e inténtelo de nuevo. Por SSH o en un script, ejecute el comando dentro de &quot;dbus-run-session&quot; con gnome-keyring-daemon desbloqueado.</translation>
    </message>
    <message>
        <source> (keychain said: %1)</source>
        <translation> (respuesta del llavero: %1)</translation>
    </message>
    <message>
        <source>The secret is not set.</source>
        <translation>El secreto no está definido.</translation>
    </message>
    <message>
        <source>Access to %1 was denied. Try again and choose &quot;Allow&quot; when the keychain asks for ClinicDesk.</source>
        <translation>Se denegó el acceso a los secretos guardados en %1. Inténtelo de nuevo y elija &quot;Permitir&quot; cuando el llavero pregunte por ClinicDesk.</translation>
    </message>
    <message>
        <source>%1 refused access; it is probably locked. Unlock it and try again. %2</source>
        <translation>Se rechazó el acceso a los secretos guardados en %1; probablemente el llavero está bloqueado. Desbloquéelo e inténtelo de nuevo. %2</translation>
    </message>
    <message>
        <source>No keychain service is running, so secrets cannot be stored safely (ClinicDesk never falls back to a file). %1</source>
        <translation>No hay ningún servicio de llavero en ejecución, así que los secretos no se pueden guardar de forma segura (ClinicDesk nunca los guarda en un archivo). %1</translation>
    </message>
    <message>
        <source>This system has no supported keychain. %1</source>
        <translation>Este sistema no tiene un llavero compatible. %1</translation>
    </message>
    <message>
        <source>The secret could not be removed from %1. Unlock it and try again.</source>
        <translation>No se pudo eliminar el secreto guardado en %1. Desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: no desktop session bus (D-Bus) is running, so no keychain service is available and secrets cannot be stored safely. %1</source>
        <translation>No se puede acceder al llavero: no hay ningún bus de sesión de escritorio (D-Bus) en ejecución, por lo que no hay servicio de llavero disponible y los secretos no se pueden guardar de forma segura. %1</translation>
    </message>
    <message>
        <source>The secret could not be read from %1. %2</source>
        <translation>No se pudo leer el secreto guardado en %1. %2</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1. %2</source>
        <translation>No se pudo guardar el secreto en %1. %2</translation>
    </message>
    <message>
        <source>The secret could not be removed from %1. %2</source>
        <translation>No se pudo eliminar el secreto guardado en %1. %2</translation>
    </message>
    <message>
        <source>No keychain service (Secret Service) is running in this session, so secrets cannot be stored safely (ClinicDesk never falls back to a file). %1</source>
        <translation>No hay ningún servicio de llavero (Secret Service) en ejecución en esta sesión, así que los secretos no se pueden guardar de forma segura (ClinicDesk nunca los guarda en un archivo). %1</translation>
    </message>
    <message>
        <source>%1 is locked or has no login keyring, and it could not ask for the password. Unlock the login keyring (log in to the desktop, or open &quot;Passwords and Keys&quot;) and try again. %2</source>
        <translation>No se pudo acceder a %1: está bloqueado o no tiene un llavero de inicio de sesión, y no pudo pedir la contraseña. Desbloquee el llavero de inicio de sesión (inicie sesión en el escritorio o abra &quot;Contraseñas y claves&quot;) e inténtelo de nuevo. %2</translation>
    </message>
</context>
<context>
    <name>cd::KeychainSecretStore</name>
    <message>
        <source>The secret is longer than %1 bytes; check that you pasted the right value.</source>
        <translation>El secreto tiene más de %1 bytes; compruebe que pegó el valor correcto.</translation>
    </message>
</context>
<context>
    <name>cd::MemorySecretStore</name>
    <message>
        <source>memory (tests only)</source>
        <translation>memoria (solo para pruebas)</translation>
    </message>
</context>
<context>
    <name>cd::MessageStatusText</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation>Enviado, sin confirmación de entrega</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Other Twilio status</source>
        <translation>Otro estado de Twilio</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programado para el %1</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Twilio sent this message, but the patient&apos;s carrier never confirmed delivery. It has probably arrived; if it matters, call the patient.</source>
        <translation>Twilio envió este mensaje, pero el operador del paciente nunca confirmó la entrega. Probablemente llegó; si es importante, llame al paciente.</translation>
    </message>
    <message>
        <source>Saved and waiting to be sent. It goes out by itself as soon as Twilio can be reached.</source>
        <translation>Guardado y en espera de envío. Se enviará automáticamente en cuanto se pueda contactar con Twilio.</translation>
    </message>
    <message>
        <source>Sending to Twilio now.</source>
        <translation>Enviando a Twilio ahora.</translation>
    </message>
    <message>
        <source>The connection dropped before Twilio answered. ClinicDesk is checking with Twilio whether it arrived there; it will not be sent twice.</source>
        <translation>La conexión se cortó antes de que Twilio respondiera. ClinicDesk está comprobando con Twilio si llegó; no se enviará dos veces.</translation>
    </message>
    <message>
        <source>Twilio accepted the message and is about to send it.</source>
        <translation>Twilio aceptó el mensaje y está a punto de enviarlo.</translation>
    </message>
    <message>
        <source>Twilio will send this message on %1.</source>
        <translation>Twilio enviará este mensaje el %1.</translation>
    </message>
    <message>
        <source>Twilio will send this message later.</source>
        <translation>Twilio enviará este mensaje más tarde.</translation>
    </message>
    <message>
        <source>Sent to the patient&apos;s carrier; waiting for the delivery receipt.</source>
        <translation>Enviado al operador del paciente; esperando la confirmación de entrega.</translation>
    </message>
    <message>
        <source>Delivered to the patient&apos;s phone.</source>
        <translation>Entregado en el teléfono del paciente.</translation>
    </message>
    <message>
        <source>Twilio could not deliver this message.</source>
        <translation>Twilio no pudo entregar este mensaje.</translation>
    </message>
    <message>
        <source>This scheduled message was canceled and will not be sent.</source>
        <translation>Este mensaje programado se canceló y no se enviará.</translation>
    </message>
</context>
<context>
    <name>cd::MessageStore</name>
    <message>
        <source>There is no message #%1.</source>
        <translation>No existe el mensaje n.º %1.</translation>
    </message>
    <message>
        <source>This message already belongs to a patient&apos;s conversation.</source>
        <translation>Este mensaje ya pertenece a la conversación de un paciente.</translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation>No existe el paciente n.º %1.</translation>
    </message>
    <message>
        <source>Not sent: it was out of date before it could go out. Send a new message if it still matters.</source>
        <translation>No enviado: ya no estaba vigente cuando pudo salir. Envíe un mensaje nuevo si todavía importa.</translation>
    </message>
</context>
<context>
    <name>cd::MessagingService</name>
    <message>
        <source>Messaging has not started yet. Try again in a moment.</source>
        <translation>La mensajería todavía no se ha iniciado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>This message belongs to no patient.</source>
        <translation>Este mensaje no pertenece a ningún paciente.</translation>
    </message>
    <message>
        <source>The sync ended before it finished. Run it again.</source>
        <translation>La sincronización terminó antes de completarse. Vuelva a ejecutarla.</translation>
    </message>
</context>
<context>
    <name>cd::Outbox</name>
    <message>
        <source>Not sent: %1 has opted out of text messages (they replied STOP). They can text START to the clinic number to receive messages again.</source>
        <translation>No se envió: %1 se dio de baja de los mensajes de texto (respondió STOP). Puede enviar START al número de la clínica para volver a recibir mensajes.</translation>
    </message>
    <message>
        <source>Canceled because the patient opted out.</source>
        <translation>Cancelado porque el paciente se dio de baja.</translation>
    </message>
    <message>
        <source>This desk cannot send e-mail yet: only text messages can be queued. Send the link by text message instead.</source>
        <translation>Este puesto todavía no puede enviar correos electrónicos: solo se pueden poner en cola mensajes de texto. Envíe el enlace por mensaje de texto.</translation>
    </message>
    <message>
        <source>Messaging has not started yet. Try again in a moment.</source>
        <translation>La mensajería todavía no se ha iniciado. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>cd::PatientImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no patient.</source>
        <translation>%1 está vacío: no tiene fila de encabezado ni pacientes.</translation>
    </message>
    <message>
        <source>%1 has no first and last name columns. The first row must name the columns, for example: First Name, Last Name, Phone, DOB, Email.</source>
        <translation>%1 no tiene columnas de nombre y apellido. La primera fila debe nombrar las columnas, por ejemplo: First Name, Last Name, Phone, DOB, Email.</translation>
    </message>
    <message>
        <source>missing name: a first and a last name are required</source>
        <translation>falta el nombre: se requieren nombre y apellido</translation>
    </message>
    <message>
        <source>invalid date of birth &quot;%1&quot;: use YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>fecha de nacimiento no válida &quot;%1&quot;: use AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>invalid phone: %1</source>
        <translation>teléfono no válido: %1</translation>
    </message>
    <message>
        <source>duplicate: same patient as line %1</source>
        <translation>duplicado: es el mismo paciente que en la línea %1</translation>
    </message>
    <message>
        <source>duplicate: already a patient (#%1)</source>
        <translation>duplicado: ya es paciente (n.º %1)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2. %3 patients were imported before it; importing the file again skips them as duplicates.</source>
        <translation>La importación se detuvo en la línea %1: %2. Antes se importaron %3 pacientes; si vuelve a importar el archivo, se omitirán como duplicados.</translation>
    </message>
</context>
<context>
    <name>cd::PatientStore</name>
    <message>
        <source>%1 with the same date of birth and phone number is already a patient.</source>
        <translation>%1, con la misma fecha de nacimiento y el mismo número de teléfono, ya es paciente.</translation>
    </message>
    <message>
        <source>Another patient named %1 has the same date of birth and phone number.</source>
        <translation>Otro paciente llamado %1 tiene la misma fecha de nacimiento y el mismo número de teléfono.</translation>
    </message>
    <message>
        <source>Patient #%1 no longer exists.</source>
        <translation>El paciente n.º %1 ya no existe.</translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation>No existe el paciente n.º %1.</translation>
    </message>
</context>
<context>
    <name>cd::PatientValidator</name>
    <message>
        <source>Enter the patient&apos;s first name.</source>
        <translation>Escriba el nombre del paciente.</translation>
    </message>
    <message>
        <source>The first name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s last name.</source>
        <translation>Escriba el apellido del paciente.</translation>
    </message>
    <message>
        <source>The last name is longer than %1 characters.</source>
        <translation>El apellido tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use the form name@example.com, or leave it empty.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico. Use el formato nombre@ejemplo.com o deje el campo vacío.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900. Check the year.</source>
        <translation>La fecha de nacimiento es anterior a 1900. Revise el año.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Use a name like America/New_York.</source>
        <translation>&quot;%1&quot; no es una zona horaria. Use un nombre como America/New_York.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Use a code like en or es.</source>
        <translation>&quot;%1&quot; no es un código de idioma. Use un código como en o es.</translation>
    </message>
</context>
<context>
    <name>cd::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Escriba un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits, for example (415) 555-0100.</source>
        <translation>&quot;%1&quot; no es un número de teléfono. Escriba dígitos, por ejemplo (415) 555-0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start international numbers with + and the country code, for example +44 20 7946 0000.</source>
        <translation>&quot;%1&quot; no tiene un código de país válido. Escriba los números internacionales con + y el código de país, por ejemplo +44 20 7946 0000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Check for missing digits.</source>
        <translation>&quot;%1&quot; es demasiado corto para ser un número de teléfono. Revise si faltan dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check for extra digits.</source>
        <translation>&quot;%1&quot; es demasiado largo para ser un número de teléfono. Revise si sobran dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its area code. Enter the whole number, for example (415) 555-0100.</source>
        <translation>A &quot;%1&quot; le falta el código de área. Escriba el número completo, por ejemplo (415) 555-0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in service: area code %2 is not assigned, so texts to it would be rejected. Check the number with the patient.</source>
        <translation>&quot;%1&quot; no es un número en servicio: el código de área %2 no está asignado, así que los mensajes de texto a ese número se rechazarían. Confirme el número con el paciente.</translation>
    </message>
</context>
<context>
    <name>cd::QuickReplies</name>
    <message>
        <source>Running late</source>
        <translation>Vamos con retraso</translation>
    </message>
    <message>
        <source>Hi {first_name}, this is {clinic_name}. We are running about 15 minutes behind today. Sorry for the wait!</source>
        <translation>Hola, {first_name}, le escribimos de {clinic_name}. Hoy vamos con unos 15 minutos de retraso. ¡Disculpe la espera!</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Hi {first_name}, a reminder from {clinic_name} about your appointment tomorrow. Reply C to confirm or R to reschedule.</source>
        <translation>Hola, {first_name}, le recordamos de parte de {clinic_name} su cita de mañana. Responda C para confirmar o R para cambiar la fecha.</translation>
    </message>
    <message>
        <source>Please call us</source>
        <translation>Llámenos, por favor</translation>
    </message>
    <message>
        <source>Hi {first_name}, {clinic_name} here. Please give us a call when you have a moment.</source>
        <translation>Hola, {first_name}, le escribimos de {clinic_name}. Por favor, llámenos cuando tenga un momento.</translation>
    </message>
    <message>
        <source>Intake forms</source>
        <translation>Formularios de ingreso</translation>
    </message>
    <message>
        <source>Hi {first_name}, please fill in your intake forms before your visit. Thank you! - {clinic_name}</source>
        <translation>Hola, {first_name}, por favor llene sus formularios de ingreso antes de su consulta. ¡Gracias! - {clinic_name}</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Resultados listos</translation>
    </message>
    <message>
        <source>Hi {first_name}, your results are ready. Please call {clinic_name} to go over them with the doctor.</source>
        <translation>Hola, {first_name}, sus resultados están listos. Por favor, llame a {clinic_name} para revisarlos con el médico.</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>la clínica</translation>
    </message>
</context>
<context>
    <name>cd::SecretStore</name>
    <message>
        <source>The keychain did not answer before ClinicDesk was closed. Try again.</source>
        <translation>El llavero no respondió antes de que se cerrara ClinicDesk. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cd::SendAvailability</name>
    <message>
        <source>Choose a patient to see the conversation.</source>
        <translation>Elija un paciente para ver la conversación.</translation>
    </message>
    <message>
        <source>No Phone Number Available — add one in Overview.</source>
        <translation>No hay número de teléfono disponible: agregue uno en Resumen.</translation>
    </message>
    <message>
        <source>Add Phone Number…</source>
        <translation>Agregar número de teléfono…</translation>
    </message>
    <message>
        <source>%1 opted out of text messages on %2. Nothing can be sent until they text START to the clinic&apos;s number; call them instead.</source>
        <translation>%1 se dio de baja de los mensajes de texto el %2. No se puede enviar nada hasta que envíe START al número de la clínica; mientras tanto, llámelo por teléfono.</translation>
    </message>
    <message>
        <source>No recorded consent to receive text messages. Ask %1, then record their consent.</source>
        <translation>No hay consentimiento registrado para recibir mensajes de texto. Pregunte a %1 y luego registre su consentimiento.</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir configuración…</translation>
    </message>
</context>
<context>
    <name>cd::SendPolicy</name>
    <message>
        <source>The message is empty. Type the text to send.</source>
        <translation>El mensaje está vacío. Escriba el texto que desea enviar.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; Twilio accepts at most %2. Shorten it.</source>
        <translation>El mensaje tiene %1 caracteres; Twilio acepta como máximo %2. Acórtelo.</translation>
    </message>
</context>
<context>
    <name>cd::SettingCatalog</name>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>From the Twilio Console home page: starts with AC, 34 characters.</source>
        <translation>En la página principal de la Consola de Twilio: empieza con AC, 34 caracteres.</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation>AC seguido de 32 caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Next to the Account SID in the Twilio Console. Kept in the system keychain only. Not needed when an API key is set.</source>
        <translation>Junto al Account SID en la Consola de Twilio. Se guarda solo en el llavero del sistema. No es necesario si hay una API key configurada.</translation>
    </message>
    <message>
        <source>32 hexadecimal characters (0-9, a-f)</source>
        <translation>32 caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID de la API key</translation>
    </message>
    <message>
        <source>Recommended instead of the Auth Token: Console &gt; Account &gt; API keys. Starts with SK.</source>
        <translation>Recomendado en lugar del Auth Token: Console &gt; Account &gt; API keys. Empieza con SK.</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation>SK seguido de 32 caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secreto de la API key</translation>
    </message>
    <message>
        <source>Shown once when the API key is created. Kept in the system keychain only.</source>
        <translation>Se muestra una sola vez al crear la API key. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 letras y dígitos</translation>
    </message>
    <message>
        <source>Clinic phone number(s)</source>
        <translation>Número(s) de teléfono de la clínica</translation>
    </message>
    <message>
        <source>Your SMS-capable Twilio number in international format, e.g. +14155550100. Several numbers: separate them with commas; the first one sends.</source>
        <translation>Su número de Twilio con capacidad SMS en formato internacional, p.&#xa0;ej. +14155550100. Si son varios, sepárelos con comas; el primero es el que envía.</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>Optional. Needed to schedule reminders that go out while the PCs are off. Starts with MG.</source>
        <translation>Opcional. Necesario para programar recordatorios que se envían aunque las computadoras estén apagadas. Empieza con MG.</translation>
    </message>
    <message>
        <source>MG followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation>MG seguido de 32 caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>Chat Service SID</source>
        <translation>Chat Service SID</translation>
    </message>
    <message>
        <source>Optional (Twilio Conversations). Starts with IS.</source>
        <translation>Opcional (Twilio Conversations). Empieza con IS.</translation>
    </message>
    <message>
        <source>IS followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation>IS seguido de 32 caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>API key de SendGrid</translation>
    </message>
    <message>
        <source>Optional, for e-mail. Kept in the system keychain only.</source>
        <translation>Opcional, para correo electrónico. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>SG. followed by two dot-separated parts</source>
        <translation>SG. seguido de dos partes separadas por un punto</translation>
    </message>
    <message>
        <source>E-mail sender</source>
        <translation>Remitente de correo electrónico</translation>
    </message>
    <message>
        <source>Optional. The From address of e-mails, e.g. desk@clinic.example.</source>
        <translation>Opcional. La dirección del remitente (From) de los correos, p.&#xa0;ej. desk@clinic.example.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>How the clinic signs its messages.</source>
        <translation>Cómo firma la clínica sus mensajes.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. US, CA, GB.</source>
        <translation>Código de país de dos letras que se usa para los números escritos sin +, p.&#xa0;ej. US, CA, GB.</translation>
    </message>
    <message>
        <source>Price per SMS segment (USD)</source>
        <translation>Precio por segmento SMS (USD)</translation>
    </message>
    <message>
        <source>Used for cost estimates before sending, e.g. 0.0079.</source>
        <translation>Se usa para estimar el costo antes de enviar, p.&#xa0;ej. 0.0079.</translation>
    </message>
    <message>
        <source>Check for replies while a chat is open (seconds)</source>
        <translation>Buscar respuestas con un chat abierto (segundos)</translation>
    </message>
    <message>
        <source>Between 5 and 300 seconds.</source>
        <translation>Entre 5 y 300 segundos.</translation>
    </message>
    <message>
        <source>Check for replies otherwise (seconds)</source>
        <translation>Buscar respuestas en otros casos (segundos)</translation>
    </message>
    <message>
        <source>Between 15 and 3600 seconds.</source>
        <translation>Entre 15 y 3600 segundos.</translation>
    </message>
    <message>
        <source>Opt-out line</source>
        <translation>Línea para darse de baja</translation>
    </message>
    <message>
        <source>Added to first messages so patients know how to stop texts. Do not use CANCEL or END for other purposes: they opt the patient out.</source>
        <translation>Se agrega a los primeros mensajes para que los pacientes sepan cómo dejar de recibirlos. No use CANCEL ni END para otros fines: dan de baja al paciente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this does not look right (%1 characters); expected %2.</source>
        <translation>esto no parece correcto (%1 caracteres); se esperaba: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid; expected %2.</source>
        <translation>&quot;%1&quot; no es válido; se esperaba: %2.</translation>
    </message>
    <message>
        <source>an empty entry between commas; separate numbers with one comma.</source>
        <translation>hay una entrada vacía entre comas; separe los números con una sola coma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in international format; write it with + and the country code, e.g. +14155550100.</source>
        <translation>&quot;%1&quot; no está en formato internacional; escríbalo con + y el código de país, p.&#xa0;ej. +14155550100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; expected something like desk@clinic.example.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico; se esperaba algo como desk@clinic.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code, e.g. US, CA, GB.</source>
        <translation>&quot;%1&quot; no es un código de país de dos letras conocido, p.&#xa0;ej. US, CA, GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price between %2 and %3, e.g. %4.</source>
        <translation>&quot;%1&quot; no es un precio entre %2 y %3, p.&#xa0;ej. %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number between %2 and %3.</source>
        <translation>&quot;%1&quot; no es un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; no es true ni false.</translation>
    </message>
    <message>
        <source>too long (%1 characters); at most %2.</source>
        <translation>demasiado largo (%1 caracteres); como máximo %2.</translation>
    </message>
    <message>
        <source>must be a single line.</source>
        <translation>debe ser una sola línea.</translation>
    </message>
    <message>
        <source>Require recorded consent</source>
        <translation>Exigir consentimiento registrado</translation>
    </message>
    <message>
        <source>When on, patients without recorded consent to texts cannot be texted.</source>
        <translation>Si está activado, no se puede enviar mensajes a pacientes sin consentimiento registrado.</translation>
    </message>
    <message>
        <source>Unconfirmed after (hours)</source>
        <translation>Sin confirmar después de (horas)</translation>
    </message>
    <message>
        <source>A sent text without a delivery receipt after this long is shown as unconfirmed. Between 1 and 720 hours.</source>
        <translation>Un mensaje enviado sin confirmación de entrega después de este tiempo se muestra como sin confirmar. Entre 1 y 720 horas.</translation>
    </message>
    <message>
        <source>Twilio request timeout (seconds)</source>
        <translation>Tiempo de espera de Twilio (segundos)</translation>
    </message>
    <message>
        <source>How long to wait for Twilio. Between 5 and 120 seconds.</source>
        <translation>Cuánto esperar a Twilio. Entre 5 y 120 segundos.</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Mostrar el texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>Off by default, so that patients&apos; words do not appear on a screen others can see.</source>
        <translation>Desactivado de forma predeterminada, para que las palabras de los pacientes no aparezcan en una pantalla que otros pueden ver.</translation>
    </message>
</context>
<context>
    <name>cd::SettingsWriter</name>
    <message>
        <source>%1 is set by your IT department and cannot be changed here. Nothing was saved.</source>
        <translation>%1 lo define su departamento de TI y no se puede cambiar aquí. No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log, so it was undone: %1</source>
        <translation>El cambio no se pudo registrar en el registro de auditoría, por lo que se deshizo: %1</translation>
    </message>
</context>
<context>
    <name>cd::TwilioConnectionChecker</name>
    <message>
        <source>Twilio does not know the Account SID %1. Copy it again from the Twilio Console into Settings.</source>
        <translation>Twilio no reconoce el Account SID %1. Cópielo de nuevo de la Consola de Twilio en Configuración.</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active, so texts cannot be sent. The account owner must reactivate it in the Twilio Console.</source>
        <translation>La cuenta de Twilio está en estado %1, no activa, por lo que no se pueden enviar mensajes. El titular de la cuenta debe reactivarla en la Consola de Twilio.</translation>
    </message>
    <message>
        <source>The clinic number %1 could not be checked (%2).</source>
        <translation>No se pudo comprobar el número de la clínica %1 (%2).</translation>
    </message>
    <message>
        <source>The clinic number %1 could not be checked.</source>
        <translation>No se pudo comprobar el número de la clínica %1.</translation>
    </message>
    <message>
        <source>The clinic number %1 is not a phone number of this Twilio account. Check the number in Settings.</source>
        <translation>El número de la clínica %1 no es un número de teléfono de esta cuenta de Twilio. Revise el número en Configuración.</translation>
    </message>
    <message>
        <source>The clinic number %1 cannot send text messages. Use an SMS-capable Twilio number.</source>
        <translation>El número de la clínica %1 no puede enviar mensajes de texto. Use un número de Twilio con capacidad SMS.</translation>
    </message>
    <message>
        <source>No sending number is set up. Enter the clinic&apos;s Twilio phone number or a Messaging Service SID in Settings.</source>
        <translation>No hay ningún número de envío configurado. Escriba el número de teléfono de Twilio de la clínica o un Messaging Service SID en Configuración.</translation>
    </message>
    <message>
        <source>Scheduled reminders are not available: they need a Twilio Messaging Service (enter its SID in Settings).</source>
        <translation>Los recordatorios programados no están disponibles: requieren un Messaging Service de Twilio (escriba su SID en Configuración).</translation>
    </message>
    <message>
        <source>The Messaging Service SID should be &quot;MG&quot; followed by 32 letters and digits. Correct it in Settings.</source>
        <translation>El Messaging Service SID debe ser &quot;MG&quot; seguido de 32 letras y dígitos. Corríjalo en Configuración.</translation>
    </message>
</context>
<context>
    <name>cd::TwilioEndpoint</name>
    <message>
        <source>The Twilio address &quot;%1&quot; is not a valid web address. Remove the CLINICDESK_TWILIO_BASE_URL setting or correct it (for example https://api.twilio.com).</source>
        <translation>La dirección de Twilio &quot;%1&quot; no es una dirección web válida. Quite la configuración CLINICDESK_TWILIO_BASE_URL o corríjala (por ejemplo https://api.twilio.com).</translation>
    </message>
    <message>
        <source>The Twilio address &quot;%1&quot; must be just scheme, host and port (for example https://api.twilio.com).</source>
        <translation>La dirección de Twilio &quot;%1&quot; solo debe contener esquema, host y puerto (por ejemplo https://api.twilio.com).</translation>
    </message>
    <message>
        <source>Refusing to talk to Twilio over unencrypted http at %1: that would send the account credentials in the clear. Use an https address (plain http is only allowed for this computer, e.g. http://127.0.0.1).</source>
        <translation>No se permite comunicarse con Twilio por http sin cifrar en %1: las credenciales de la cuenta se enviarían sin protección. Use una dirección https (http sin cifrar solo se permite para esta computadora, p.&#xa0;ej. http://127.0.0.1).</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer (no TLS library could be loaded), so Twilio cannot be reached safely. Reinstall ClinicDesk or install OpenSSL.</source>
        <translation>Las conexiones seguras no están disponibles en esta computadora (no se pudo cargar ninguna biblioteca TLS), por lo que no se puede acceder a Twilio de forma segura. Reinstale ClinicDesk o instale OpenSSL.</translation>
    </message>
    <message>
        <source>The Twilio address &quot;%1&quot; must start with https://.</source>
        <translation>La dirección de Twilio &quot;%1&quot; debe empezar con https://.</translation>
    </message>
</context>
<context>
    <name>cd::TwilioErrorMessages</name>
    <message>
        <source>Failed to connect to messaging service: Twilio did not accept the account credentials. Check the Account SID and Auth Token (or API key) in Settings.</source>
        <translation>No se pudo conectar con el servicio de mensajería: Twilio no aceptó las credenciales de la cuenta. Revise el Account SID y el Auth Token (o la API key) en Configuración.</translation>
    </message>
    <message>
        <source>Twilio could not find this item (account, message or number). Check the Account SID in Settings; the message may also have been deleted.</source>
        <translation>Twilio no encontró este elemento (cuenta, mensaje o número). Revise el Account SID en Configuración; también es posible que el mensaje se haya eliminado.</translation>
    </message>
    <message>
        <source>Twilio is busy (too many requests at once). Nothing was sent; try again in a minute.</source>
        <translation>Twilio está ocupado (demasiadas solicitudes a la vez). No se envió nada; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>The patient&apos;s phone number is not a valid number. Correct it in the patient&apos;s record.</source>
        <translation>El número de teléfono del paciente no es válido. Corríjalo en el expediente del paciente.</translation>
    </message>
    <message>
        <source>Texting this country is not enabled on the clinic&apos;s Twilio account. Ask the account owner to allow it (Twilio geo permissions).</source>
        <translation>El envío de mensajes a este país no está habilitado en la cuenta de Twilio de la clínica. Pida al titular de la cuenta que lo permita (permisos geográficos de Twilio).</translation>
    </message>
    <message>
        <source>The message is empty. Type a message before sending.</source>
        <translation>El mensaje está vacío. Escriba un mensaje antes de enviarlo.</translation>
    </message>
    <message>
        <source>No sending number is set up. Enter the clinic&apos;s Twilio number or Messaging Service in Settings.</source>
        <translation>No hay ningún número de envío configurado. Escriba el número de Twilio de la clínica o el Messaging Service en Configuración.</translation>
    </message>
    <message>
        <source>The patient has no phone number. Add one to the patient&apos;s record.</source>
        <translation>El paciente no tiene número de teléfono. Agregue uno a su expediente.</translation>
    </message>
    <message>
        <source>The clinic&apos;s sending number cannot text this number. Check the clinic number in Settings (it must be an SMS-capable Twilio number).</source>
        <translation>El número de envío de la clínica no puede enviar mensajes a este número. Revise el número de la clínica en Configuración (debe ser un número de Twilio con capacidad SMS).</translation>
    </message>
    <message>
        <source>The Twilio trial account can only text verified numbers. Verify this number in Twilio or upgrade the account.</source>
        <translation>La cuenta de prueba de Twilio solo puede enviar mensajes a números verificados. Verifique este número en Twilio o actualice la cuenta.</translation>
    </message>
    <message>
        <source>This patient replied STOP and no longer receives texts from the clinic. They can text START to the clinic number to receive texts again; call them meanwhile.</source>
        <translation>Este paciente respondió STOP y ya no recibe mensajes de la clínica. Puede enviar START al número de la clínica para volver a recibirlos; mientras tanto, llámelo por teléfono.</translation>
    </message>
    <message>
        <source>This phone number cannot receive texts from the clinic&apos;s number. Call the patient instead.</source>
        <translation>Este número de teléfono no puede recibir mensajes del número de la clínica. Llame al paciente.</translation>
    </message>
    <message>
        <source>This number is not a mobile number (it may be a landline). Call the patient or update the number.</source>
        <translation>Este número no es de celular (puede ser un teléfono fijo). Llame al paciente o actualice el número.</translation>
    </message>
    <message>
        <source>The message is too long (over 1600 characters). Shorten it and send again.</source>
        <translation>El mensaje es demasiado largo (más de 1600 caracteres). Acórtelo y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many messages were waiting at Twilio and this one was dropped. Send it again later.</source>
        <translation>Había demasiados mensajes en espera en Twilio y este se descartó. Envíelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The patient&apos;s phone is switched off or out of coverage. Try again later or call.</source>
        <translation>El teléfono del paciente está apagado o fuera del área de cobertura. Inténtelo más tarde o llame.</translation>
    </message>
    <message>
        <source>The message was blocked: the patient may have opted out or blocks texts. Call the patient.</source>
        <translation>El mensaje se bloqueó: puede que el paciente se haya dado de baja o bloquee los mensajes. Llame al paciente.</translation>
    </message>
    <message>
        <source>The carrier does not know this number (it may no longer exist). Check the number with the patient.</source>
        <translation>El operador no reconoce este número (puede que ya no exista). Confirme el número con el paciente.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot receive texts. Call the patient.</source>
        <translation>El número es un teléfono fijo o su operador no puede recibir mensajes de texto. Llame al paciente.</translation>
    </message>
    <message>
        <source>The carrier filtered the message as possible spam. Rephrase it without links, and make sure the clinic number is registered (A2P 10DLC or toll-free verification).</source>
        <translation>El operador filtró el mensaje como posible spam. Redáctelo de otra forma sin enlaces y asegúrese de que el número de la clínica esté registrado (A2P 10DLC o verificación de número gratuito).</translation>
    </message>
    <message>
        <source>Delivery failed for an unknown reason. Try again later or call the patient.</source>
        <translation>La entrega falló por un motivo desconocido. Inténtelo más tarde o llame al paciente.</translation>
    </message>
    <message>
        <source>This message can no longer be canceled: it is not scheduled any more (it may already have been sent).</source>
        <translation>Este mensaje ya no se puede cancelar: ya no está programado (puede que ya se haya enviado).</translation>
    </message>
    <message>
        <source>Scheduling needs a Messaging Service. Enter one in Settings, or send now.</source>
        <translation>Para programar mensajes se necesita un Messaging Service. Escriba uno en Configuración o envíe ahora.</translation>
    </message>
    <message>
        <source>The scheduled time is outside what Twilio allows (15 minutes to 35 days ahead). Pick another time.</source>
        <translation>La hora programada está fuera de lo que Twilio permite (de 15 minutos a 35 días a partir de ahora). Elija otra hora.</translation>
    </message>
    <message>
        <source>Twilio could not process the message (error %1). Try again later; if it keeps happening, tell the person who manages the Twilio account.</source>
        <translation>Twilio no pudo procesar el mensaje (error %1). Inténtelo más tarde; si sigue ocurriendo, avise a la persona que administra la cuenta de Twilio.</translation>
    </message>
    <message>
        <source>Failed to connect to messaging service. Check the internet connection and try again.</source>
        <translation>No se pudo conectar con el servicio de mensajería. Revise la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to Twilio broke after the message was handed over, so it is not known whether it was sent. It will not be sent again until that is checked.</source>
        <translation>La conexión con Twilio se cortó después de entregar el mensaje, así que no se sabe si se envió. No se volverá a enviar hasta comprobarlo.</translation>
    </message>
    <message>
        <source>Twilio had a problem on its side. Try again in a few minutes.</source>
        <translation>Twilio tuvo un problema interno. Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer could not be understood. Try again later; if it keeps happening, check the Twilio address setting.</source>
        <translation>No se pudo entender la respuesta de Twilio. Inténtelo más tarde; si sigue ocurriendo, revise la configuración de la dirección de Twilio.</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1). Check the message and the settings, then try again.</source>
        <translation>Twilio rechazó la solicitud (HTTP %1). Revise el mensaje y la configuración, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Failed to connect to messaging service: the secure connection could not be verified. Check the computer&apos;s date and time; if they are right, ask IT whether a proxy or antivirus intercepts secure connections.</source>
        <translation>No se pudo conectar con el servicio de mensajería: no se pudo verificar la conexión segura. Revise la fecha y la hora de la computadora; si son correctas, pregunte a TI si un proxy o un antivirus intercepta las conexiones seguras.</translation>
    </message>
</context>
<context>
    <name>cd::TwilioMessagesApi</name>
    <message>
        <source>The Messaging Service SID should be &quot;MG&quot; followed by 32 letters and digits. Correct it in Settings.</source>
        <translation>El Messaging Service SID debe ser &quot;MG&quot; seguido de 32 letras y dígitos. Corríjalo en Configuración.</translation>
    </message>
    <message>
        <source>The validity period must be between 1 second and 10 hours (36000 seconds).</source>
        <translation>El período de validez debe estar entre 1 segundo y 10 horas (36000 segundos).</translation>
    </message>
    <message>
        <source>A scheduled text must go out between 15 minutes and 35 days from now. Pick another time.</source>
        <translation>Un mensaje programado debe enviarse entre 15 minutos y 35 días a partir de ahora. Elija otra hora.</translation>
    </message>
    <message>
        <source>The picture could not be downloaded safely (it is not on a secure address).</source>
        <translation>La imagen no se pudo descargar de forma segura (no está en una dirección segura).</translation>
    </message>
</context>
<context>
    <name>cd::TwilioTransport</name>
    <message>
        <source>No credentials source is set up.</source>
        <translation>No hay ninguna fuente de credenciales configurada.</translation>
    </message>
    <message>
        <source>Twilio is not set up: the Account SID and the Auth Token (or an API key and secret) are needed. Enter them in Settings.</source>
        <translation>Twilio no está configurado: se necesitan el Account SID y el Auth Token (o una API key y su secreto). Escríbalos en Configuración.</translation>
    </message>
    <message>
        <source>The Account SID should be &quot;AC&quot; followed by 32 letters and digits (it is shown on the Twilio Console home page). Correct it in Settings.</source>
        <translation>El Account SID debe ser &quot;AC&quot; seguido de 32 letras y dígitos (aparece en la página principal de la Consola de Twilio). Corríjalo en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>List every setting with its value and where it comes from (secrets masked).</source>
        <translation>Muestra cada opción de configuración con su valor y su origen (secretos ocultos).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>, locked by IT</source>
        <translation>, bloqueado por TI</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>User settings: %1</source>
        <translation>Configuración del usuario: %1</translation>
    </message>
    <message>
        <source>IT defaults:   %1</source>
        <translation>Valores de TI:             %1</translation>
    </message>
    <message>
        <source>Warning: secrets could not be read: %1</source>
        <translation>Advertencia: no se pudieron leer los secretos: %1</translation>
    </message>
    <message>
        <source>Take the values from environment variables of the same names.</source>
        <translation>Toma los valores de las variables de entorno con los mismos nombres.</translation>
    </message>
    <message>
        <source>Store Twilio and SendGrid credentials: secrets in the system keychain, the rest in settings.
Reads NAME=VALUE lines on standard input. Names: %1.</source>
        <translation>Guarda las credenciales de Twilio y SendGrid: los secretos en el llavero del sistema y el resto en la configuración.
Lee líneas NOMBRE=VALOR de la entrada estándar. Nombres: %1.</translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation>no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Se guardó %1 (%2).</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>in user settings</source>
        <translation>en la configuración del usuario</translation>
    </message>
    <message>
        <source>Remove the Auth Token, API key secret and SendGrid key from the system keychain.</source>
        <translation>Elimina del llavero del sistema el Auth Token, el secreto de la API key y la clave de SendGrid.</translation>
    </message>
    <message>
        <source>The secrets were removed from the keychain.</source>
        <translation>Los secretos se eliminaron del llavero.</translation>
    </message>
    <message>
        <source>First name (required).</source>
        <translation>Nombre (obligatorio).</translation>
    </message>
    <message>
        <source>Last name (required).</source>
        <translation>Apellido (obligatorio).</translation>
    </message>
    <message>
        <source>Mobile number, e.g. &quot;(415) 555-0100&quot;.</source>
        <translation>Número de celular, p.&#xa0;ej. &quot;(415) 555-0100&quot;.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Fecha de nacimiento, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The patient agreed to receive text messages (recorded now, by you).</source>
        <translation>El paciente aceptó recibir mensajes de texto (se registra ahora, a su nombre).</translation>
    </message>
    <message>
        <source>Preferred language code, e.g. es.</source>
        <translation>Código del idioma preferido, p.&#xa0;ej. es.</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. America/Chicago.</source>
        <translation>Zona horaria IANA, p.&#xa0;ej. America/Chicago.</translation>
    </message>
    <message>
        <source>Add a patient.</source>
        <translation>Agrega un paciente.</translation>
    </message>
    <message>
        <source>--first and --last are required.</source>
        <translation>--first y --last son obligatorios.</translation>
    </message>
    <message>
        <source>recorded with clinicdesk-cli</source>
        <translation>registrado con clinicdesk-cli</translation>
    </message>
    <message>
        <source>--dob &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>--dob &quot;%1&quot; no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Only patients whose name, phone digits or date of birth match TEXT.</source>
        <translation>Solo los pacientes cuyo nombre, dígitos de teléfono o fecha de nacimiento coincidan con TEXT.</translation>
    </message>
    <message>
        <source>At most N patients (default: all).</source>
        <translation>Como máximo N pacientes (predeterminado: todos).</translation>
    </message>
    <message>
        <source>List patients in name order.</source>
        <translation>Muestra los pacientes por orden alfabético.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit debe ser un número positivo.</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>Import patients from a CSV file with a header row (First Name, Last Name, Phone, DOB, Email, …). Rows already present are skipped as duplicates.</source>
        <translation>Importa pacientes de un archivo CSV con fila de encabezado (First Name, Last Name, Phone, DOB, Email, …). Las filas ya existentes se omiten como duplicadas.</translation>
    </message>
    <message>
        <source>give exactly one CSV file.</source>
        <translation>indique exactamente un archivo CSV.</translation>
    </message>
    <message>
        <source>Imported %1 patients, skipped %2 rows.</source>
        <translation>Se importaron %1 pacientes y se omitieron %2 filas.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Check the Twilio connection: credentials, the clinic number and whether scheduled reminders are available.</source>
        <translation>Comprueba la conexión con Twilio: las credenciales, el número de la clínica y si los recordatorios programados están disponibles.</translation>
    </message>
    <message>
        <source>Twilio connection OK: account %1.</source>
        <translation>Conexión con Twilio correcta: cuenta %1.</translation>
    </message>
    <message>
        <source>Sending number %1 can send text messages.</source>
        <translation>El número de envío %1 puede enviar mensajes de texto.</translation>
    </message>
    <message>
        <source>Scheduled reminders: available (Messaging Service set).</source>
        <translation>Recordatorios programados: disponibles (Messaging Service configurado).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Texting is not possible: %1</source>
        <translation>No es posible enviar mensajes: %1</translation>
    </message>
    <message>
        <source>The patient&apos;s conversation.</source>
        <translation>La conversación del paciente.</translation>
    </message>
    <message>
        <source>Replies from numbers that match no patient.</source>
        <translation>Respuestas de números que no corresponden a ningún paciente.</translation>
    </message>
    <message>
        <source>Show a conversation, oldest first, with each message&apos;s status and error.</source>
        <translation>Muestra una conversación, de la más antigua a la más reciente, con el estado y el error de cada mensaje.</translation>
    </message>
    <message>
        <source>give exactly one of --patient ID or --unmatched.</source>
        <translation>indique solo una de estas opciones: --patient ID o --unmatched.</translation>
    </message>
    <message>
        <source>--patient must be a patient id (a positive number).</source>
        <translation>--patient debe ser un id de paciente (un número positivo).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demostración</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <source>The patient&apos;s id (see &quot;patients list&quot;).</source>
        <translation>El id del paciente (vea &quot;patients list&quot;).</translation>
    </message>
    <message>
        <source>The patient&apos;s mobile number (the patient must exist with this number).</source>
        <translation>El número de celular del paciente (debe existir un paciente con este número).</translation>
    </message>
    <message>
        <source>The text to send (required).</source>
        <translation>El texto que se enviará (obligatorio).</translation>
    </message>
    <message>
        <source>Send a text message to a patient. Exit 0 when Twilio accepted it, 1 when it was refused (the reason is printed), 3 when it is not confirmed yet (it will be sent or settled by the next sync, never twice).</source>
        <translation>Envía un mensaje de texto a un paciente. Sale con 0 si Twilio lo aceptó, 1 si lo rechazó (se muestra el motivo) y 3 si aún no está confirmado (se enviará o se resolverá en la próxima sincronización, nunca dos veces).</translation>
    </message>
    <message>
        <source>give exactly one of --patient ID or --phone PHONE.</source>
        <translation>indique solo una de estas opciones: --patient ID o --phone PHONE.</translation>
    </message>
    <message>
        <source>--body TEXT is required.</source>
        <translation>--body TEXT es obligatorio.</translation>
    </message>
    <message>
        <source>No patient has the number %1. Add the patient first (clinicdesk-cli patients add --first … --last … --phone … --consent), then send again.</source>
        <translation>Ningún paciente tiene el número %1. Primero agregue al paciente (clinicdesk-cli patients add --first … --last … --phone … --consent) y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Mensaje %1: %2</translation>
    </message>
    <message>
        <source>demo mode, nothing was really sent</source>
        <translation>modo de demostración, no se envió nada realmente</translation>
    </message>
    <message>
        <source>Twilio refused the message.</source>
        <translation>Twilio rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It stays in the outbox and goes out with the next sync.</source>
        <translation>Aún no se envió: %1 Queda en la bandeja de salida y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not confirmed yet: Twilio&apos;s answer was lost. The next sync looks the message up at Twilio before anything is resent, so it is never sent twice.</source>
        <translation>Aún sin confirmar: se perdió la respuesta de Twilio. La próxima sincronización busca el mensaje en Twilio antes de reenviar nada, así que nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>The message text to analyse.</source>
        <translation>El texto del mensaje que se analizará.</translation>
    </message>
    <message>
        <source>Show how Twilio will carry a text: encoding (GSM-7 or UCS-2), characters, segments and estimated cost.</source>
        <translation>Muestra cómo enviará Twilio un texto: codificación (GSM-7 o UCS-2), caracteres, segmentos y costo estimado.</translation>
    </message>
    <message>
        <source>--body TEXT is required (the message text to analyse).</source>
        <translation>--body TEXT es obligatorio (el texto del mensaje que se analizará).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; put the text after --body, in quotes.</source>
        <translation>argumento inesperado &quot;%1&quot;; escriba el texto después de --body, entre comillas.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificación: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Caracteres: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmentos: %1</translation>
    </message>
    <message>
        <source>Estimated cost: %1</source>
        <translation>Costo estimado: %1</translation>
    </message>
    <message>
        <source>%1 (could be %2)</source>
        <translation>%1 (podría ser %2)</translation>
    </message>
    <message>
        <source>Characters that force UCS-2: %1</source>
        <translation>Caracteres que obligan a usar UCS-2: %1</translation>
    </message>
    <message>
        <source>Send pending messages, settle unconfirmed ones, fetch replies and update delivery statuses (one full cycle).</source>
        <translation>Envía los mensajes pendientes, resuelve los no confirmados, descarga las respuestas y actualiza los estados de entrega (un ciclo completo).</translation>
    </message>
    <message>
        <source>Sent %1, settled %2, failed %3, new replies %4, status updates %5.</source>
        <translation>Enviados: %1; resueltos: %2; fallidos: %3; respuestas nuevas: %4; actualizaciones de estado: %5.</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>modo de demostración</translation>
    </message>
    <message>
        <source>Enter NAME=VALUE lines (e.g. TWILIO_ACCOUNT_SID=AC…), then press Ctrl-D (Ctrl-Z and Enter on Windows).</source>
        <translation>Escriba líneas NOMBRE=VALOR (p.&#xa0;ej. TWILIO_ACCOUNT_SID=AC…) y luego presione Ctrl-D (Ctrl-Z y Enter en Windows).</translation>
    </message>
    <message>
        <source>Another ClinicDesk (the app or a scheduled job) is sending this message right now; it is sent once. Check it with &quot;clinicdesk-cli messages --patient %1&quot;.</source>
        <translation>Otra instancia de ClinicDesk (la aplicación o una tarea programada) está enviando este mensaje en este momento; se envía una sola vez. Compruébelo con &quot;clinicdesk-cli messages --patient %1&quot;.</translation>
    </message>
    <message>
        <source>Usage: clinicdesk-cli %1 %2 [options]</source>
        <translation>Uso: clinicdesk-cli %1 %2 [opciones]</translation>
    </message>
    <message>
        <source>Run &quot;clinicdesk-cli %1 SUBCOMMAND --help&quot; for details.</source>
        <translation>Ejecute &quot;clinicdesk-cli %1 SUBCOMANDO --help&quot; para ver los detalles.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use %2.</source>
        <translation>subcomando desconocido &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>Every setting: its key, value and source (secrets masked).</source>
        <translation>Cada opción: su clave, su valor y su origen (secretos ocultos).</translation>
    </message>
    <message>
        <source>Change a setting: config set KEY VALUE.</source>
        <translation>Cambia una opción: config set CLAVE VALOR.</translation>
    </message>
    <message>
        <source>Go back to the default: config unset KEY.</source>
        <translation>Vuelve al valor predeterminado: config unset CLAVE.</translation>
    </message>
    <message>
        <source>Store credentials from NAME=VALUE lines on stdin (or --from-env).</source>
        <translation>Guarda credenciales de líneas NOMBRE=VALOR en stdin (o --from-env).</translation>
    </message>
    <message>
        <source>Remove the secrets from the system keychain.</source>
        <translation>Elimina los secretos del llavero del sistema.</translation>
    </message>
    <message>
        <source>Add a patient (--first, --last, --phone, --email, --dob, --consent).</source>
        <translation>Agrega un paciente (--first, --last, --phone, --email, --dob, --consent).</translation>
    </message>
    <message>
        <source>List patients (--search TEXT).</source>
        <translation>Muestra los pacientes (--search TEXT).</translation>
    </message>
    <message>
        <source>Import patients from a CSV file.</source>
        <translation>Importa pacientes de un archivo CSV.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; run &quot;clinicdesk-cli config show&quot; for the keys.</source>
        <translation>opción desconocida &quot;%1&quot;; ejecute &quot;clinicdesk-cli config show&quot; para ver las claves.</translation>
    </message>
    <message>
        <source>%1 is a secret and is kept in the keychain only; store it with &quot;clinicdesk-cli config set-credentials&quot; (%2=…).</source>
        <translation>%1 es un secreto y solo se guarda en el llavero; guárdelo con &quot;clinicdesk-cli config set-credentials&quot; (%2=…).</translation>
    </message>
    <message>
        <source>%1 is now %2 [%3].</source>
        <translation>%1 ahora es %2 [%3].</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and overrides the saved value.</source>
        <translation>Nota: %1 está definida en este entorno y prevalece sobre el valor guardado.</translation>
    </message>
    <message>
        <source>Change a setting for this computer&apos;s user, checked as the Settings dialog checks it. KEY is a key or id that &quot;config show&quot; lists; secrets go through &quot;config set-credentials&quot;.</source>
        <translation>Cambia una opción para el usuario de este equipo, comprobada igual que en el cuadro de Configuración. CLAVE es una clave o un id que muestra &quot;config show&quot;; los secretos se guardan con &quot;config set-credentials&quot;.</translation>
    </message>
    <message>
        <source>give a KEY and a VALUE (put a VALUE with spaces in quotes).</source>
        <translation>indique una CLAVE y un VALOR (ponga entre comillas un VALOR con espacios).</translation>
    </message>
    <message>
        <source>a value is needed; to go back to the default, run &quot;clinicdesk-cli config unset %1&quot;.</source>
        <translation>falta el valor; para volver al valor predeterminado, ejecute &quot;clinicdesk-cli config unset %1&quot;.</translation>
    </message>
    <message>
        <source>Remove your value of a setting, so that IT&apos;s default or the product default applies again.</source>
        <translation>Elimina su valor de una opción, para que vuelva a aplicarse el valor de TI o el predeterminado.</translation>
    </message>
    <message>
        <source>give exactly one KEY.</source>
        <translation>indique exactamente una CLAVE.</translation>
    </message>
    <message>
        <source>The check ended before Twilio answered. Try again.</source>
        <translation>La comprobación terminó antes de que Twilio respondiera. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AttachToPatientDialog</name>
    <message>
        <source>Attach Reply to Patient</source>
        <translation>Vincular respuesta a un paciente</translation>
    </message>
    <message>
        <source>Which patient sent the messages from %1? They move into that patient&apos;s conversation.</source>
        <translation>¿Qué paciente envió los mensajes desde %1? Pasarán a la conversación de ese paciente.</translation>
    </message>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation>Buscar por nombre, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Vincular</translation>
    </message>
</context>
<context>
    <name>cd::ui::BubbleDelegate</name>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChatIntegration</name>
    <message>
        <source>Replies from numbers that belong to no patient</source>
        <translation>Respuestas de números que no pertenecen a ningún paciente</translation>
    </message>
    <message>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <source>Unmatched Replies (%1)</source>
        <translation>Respuestas sin asignar (%1)</translation>
    </message>
    <message>
        <source>Unmatched Replies</source>
        <translation>Respuestas sin asignar</translation>
    </message>
    <message>
        <source>Show only patients with unread replies, most recent first</source>
        <translation>Mostrar solo los pacientes con respuestas sin leer, los más recientes primero</translation>
    </message>
    <message>
        <source>Patients with unread replies</source>
        <translation>Pacientes con respuestas sin leer</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Todavía no hay mensajes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 %2 · %3: %4</source>
        <translation>%1 %2 · %3: %4</translation>
    </message>
    <message>
        <source>Unread Only (%1)</source>
        <translation>Solo sin leer (%1)</translation>
    </message>
    <message>
        <source>Unread Only</source>
        <translation>Solo sin leer</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChatListView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Messages, oldest at the top and newest at the bottom. Ctrl+C copies the selected messages; the context menu offers Retry on a failed message.</source>
        <translation>Mensajes, los más antiguos arriba y los más recientes abajo. Ctrl+C copia los mensajes seleccionados; el menú contextual ofrece Reintentar en un mensaje fallido.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Delivery &amp;Details…</source>
        <translation>&amp;Detalles de entrega…</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Reintentar envío</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChatPlaceholderPane</name>
    <message>
        <source>No Phone Number Available</source>
        <translation>No hay número de teléfono disponible</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>The text conversation with this patient will appear here.</source>
        <translation>Aquí aparecerá la conversación por mensajes de texto con este paciente.</translation>
    </message>
    <message>
        <source>The text conversation with %1 at %2 will appear here: every message sent and received, with its delivery status.</source>
        <translation>Aquí aparecerá la conversación por mensajes de texto con %1 al %2: cada mensaje enviado y recibido, con su estado de entrega.</translation>
    </message>
    <message>
        <source>Add a mobile number with Edit Patient to text %1.</source>
        <translation>Agregue un número de celular con Editar paciente para enviar mensajes a %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChatView</name>
    <message>
        <source>No messages with %1 yet.</source>
        <translation>Todavía no hay mensajes con %1.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>Messaging is not available in this window.</source>
        <translation>La mensajería no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>This message cannot be sent again as it is.</source>
        <translation>Este mensaje no se puede volver a enviar tal como está.</translation>
    </message>
    <message>
        <source>Delivery Details</source>
        <translation>Detalles de entrega</translation>
    </message>
    <message>
        <source>Twilio error %1.</source>
        <translation>Error de Twilio %1.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Offline: messages wait and go out by themselves once Twilio can be reached.</source>
        <translation>Sin conexión: los mensajes quedan en espera y se enviarán automáticamente en cuanto se pueda contactar con Twilio.</translation>
    </message>
</context>
<context>
    <name>cd::ui::Composer</name>
    <message>
        <source>Demo mode: messages go to a simulated Twilio inside ClinicDesk. Nothing reaches a real phone.</source>
        <translation>Modo de demostración: los mensajes van a un Twilio simulado dentro de ClinicDesk. Nada llega a un teléfono real.</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escriba un mensaje. Enter envía; Shift+Enter inicia una línea nueva.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter envía; Shift+Enter inicia una línea nueva.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Sends the message (Enter in the message field).</source>
        <translation>Envía el mensaje (Enter en el campo del mensaje).</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>P&amp;lantillas</translation>
    </message>
    <message>
        <source>Insert a quick reply</source>
        <translation>Insertar una respuesta rápida</translation>
    </message>
    <message>
        <source>Message length and cost</source>
        <translation>Longitud y costo del mensaje</translation>
    </message>
    <message>
        <source>Use &amp;Plain Characters</source>
        <translation>Usar caracteres &amp;simples</translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and ellipses with plain ones so the message fits more text per segment.</source>
        <translation>Reemplaza las comillas tipográficas, las rayas y los puntos suspensivos por caracteres simples para que quepa más texto en cada segmento.</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <source>Resolve what blocks sending</source>
        <translation>Resolver lo que impide el envío</translation>
    </message>
    <message>
        <source>Sending is not possible: %1</source>
        <translation>No es posible enviar: %1</translation>
    </message>
    <message>
        <source>&amp;Send (Demo)</source>
        <translation>E&amp;nviar (demostración)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>includes the opt-out line (first message)</source>
        <translation>incluye la línea para darse de baja (primer mensaje)</translation>
    </message>
    <message>
        <source>These characters switch the message to UCS-2 (70 characters per segment instead of 160):</source>
        <translation>Estos caracteres hacen que el mensaje use UCS-2 (70 caracteres por segmento en lugar de 160):</translation>
    </message>
    <message>
        <source>Plain replacements: %1</source>
        <translation>Reemplazos simples: %1</translation>
    </message>
    <message>
        <source>⚠ “%1” is an opt-out word: a patient who replies with it alone is unsubscribed from ALL texts by Twilio. Use another word, e.g. “Reply C to cancel”.</source>
        <translation>⚠ “%1” es una palabra de baja: si un paciente responde solo con ella, Twilio lo da de baja de TODOS los mensajes. Use otra palabra, p.&#xa0;ej. “Responda C para cancelar”.</translation>
    </message>
    <message>
        <source>about US$%1</source>
        <translation>aprox. US$%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionCheckText</name>
    <message>
        <source>Connection OK: account &quot;%1&quot;.</source>
        <translation>Conexión correcta: cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connection OK: account %1.</source>
        <translation>Conexión correcta: cuenta %1.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La prueba de conexión falló.</translation>
    </message>
    <message>
        <source>The number %1 can send SMS.</source>
        <translation>El número %1 puede enviar SMS.</translation>
    </message>
    <message>
        <source>Scheduled reminders: available (Messaging Service set).</source>
        <translation>Recordatorios programados: disponibles (Messaging Service configurado).</translation>
    </message>
    <message>
        <source>Twilio could not be reached. Check the network connection and the proxy settings, then try again.</source>
        <translation>No se pudo contactar con Twilio. Revise la conexión de red y la configuración del proxy, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Twilio refused the request. Check the Account SID and the secret.</source>
        <translation>Twilio rechazó la solicitud. Revise el Account SID y el secreto.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>Copiar &amp;lista</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>Se importó %n paciente.</numerusform>
            <numerusform>Se importaron %n pacientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; each is listed below with its line in the file.</source>
        <translation>
            <numerusform>Se omitió %n fila; aparece abajo con su línea en el archivo.</numerusform>
            <numerusform>Se omitieron %n filas; cada una aparece abajo con su línea en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled after %1 rows; the patients imported until then were kept. Importing the file again adds only the rest.</source>
        <translation>La importación se canceló después de %1 filas; se conservaron los pacientes importados hasta ese momento. Si vuelve a importar el archivo, solo se agregará el resto.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::Languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;New Patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Agregar un paciente</translation>
    </message>
    <message>
        <source>&amp;Edit Patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Import Patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <source>Add patients from a CSV file</source>
        <translation>Agregar pacientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Add &amp;Demo Patients</source>
        <translation>Agregar pacientes de &amp;demostración</translation>
    </message>
    <message>
        <source>Add a few fictional patients to try ClinicDesk</source>
        <translation>Agregar algunos pacientes ficticios para probar ClinicDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;Acerca de ClinicDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? Patients imported so far are kept.</source>
        <translation>Todavía hay una importación en curso. ¿Desea detenerla y salir? Se conservarán los pacientes importados hasta ahora.</translation>
    </message>
    <message>
        <source>Edit Patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>Import Patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing patients from %1…
%2 of %3 rows</source>
        <translation>Importando pacientes de %1…
%2 de %3 filas</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo después del lote actual…</translation>
    </message>
    <message>
        <source>Importing patients from %1…</source>
        <translation>Importando pacientes de %1…</translation>
    </message>
    <message>
        <source>Demo Patients</source>
        <translation>Pacientes de demostración</translation>
    </message>
    <message>
        <source>The demo patients are already there.</source>
        <translation>Los pacientes de demostración ya están agregados.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo patient(s).</source>
        <translation>
            <numerusform>Se agregó %n paciente de demostración.</numerusform>
            <numerusform>Se agregaron %n pacientes de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation>Le damos la bienvenida a ClinicDesk</translation>
    </message>
    <message>
        <source>There are no patients yet. Add a few fictional demo patients to try ClinicDesk?

Their phone numbers are 555-01xx numbers, which are reserved for examples. You can also add patients yourself (File → New Patient) or import them from a CSV file (File → Import Patients).</source>
        <translation>Todavía no hay pacientes. ¿Desea agregar algunos pacientes ficticios de demostración para probar ClinicDesk?

Sus números de teléfono son números 555-01xx, reservados para ejemplos. También puede agregar pacientes usted mismo (Archivo → Nuevo paciente) o importarlos desde un archivo CSV (Archivo → Importar pacientes).</translation>
    </message>
    <message>
        <source>About ClinicDesk</source>
        <translation>Acerca de ClinicDesk</translation>
    </message>
    <message>
        <source>ClinicDesk %1

Text patients from the clinic&apos;s front desk.

Database: %2</source>
        <translation>ClinicDesk %1

Envíe mensajes de texto a los pacientes desde la recepción de la clínica.

Base de datos: %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Clinic details, Twilio account and messaging options</source>
        <translation>Datos de la clínica, cuenta de Twilio y opciones de mensajería</translation>
    </message>
    <message>
        <source>Demo mode — messages are not sent. Add your Twilio account in Edit → Settings to text patients.</source>
        <translation>Modo de demostración: los mensajes no se envían. Agregue su cuenta de Twilio en Editar → Configuración para enviar mensajes a los pacientes.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Cannot reach Twilio (last successful check: %1)</source>
        <translation>No se puede contactar con Twilio (última revisión correcta: %1)</translation>
    </message>
    <message>
        <source>Demo messages checked: %1</source>
        <translation>Mensajes de demostración revisados: %1</translation>
    </message>
    <message>
        <source>Messages checked: %1</source>
        <translation>Mensajes revisados: %1</translation>
    </message>
    <message>
        <source>ClinicDesk asks Twilio for replies and delivery receipts every few seconds.</source>
        <translation>ClinicDesk consulta a Twilio cada pocos segundos si hay respuestas y confirmaciones de entrega.</translation>
    </message>
</context>
<context>
    <name>cd::ui::MessageListModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>Screen reader text of one chat bubble: sender, time, then the message text</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Received, unread</source>
        <translation>Recibido, sin leer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent by staff. %1. %2</source>
        <translation>Enviado por el personal. %1. %2</translation>
    </message>
    <message>
        <source>Sent by staff. %1</source>
        <translation>Enviado por el personal. %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>cd::ui::NewMessagesPill</name>
    <message numerus="yes">
        <source>↓ %n new message(s)</source>
        <extracomment>Floating button over the chat when new messages arrived below; %n is how many</extracomment>
        <translation>
            <numerusform>↓ %n mensaje nuevo</numerusform>
            <numerusform>↓ %n mensajes nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::OverviewPane</name>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Teléfono celular:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation>Idioma preferido:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>SMS consent:</source>
        <translation>Consentimiento para SMS:</translation>
    </message>
    <message>
        <source>Opted out:</source>
        <translation>Baja de mensajes:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Expediente:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (edad: %2)</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <source>The clinic&apos;s time zone</source>
        <translation>La zona horaria de la clínica</translation>
    </message>
    <message>
        <source>No — do not text this patient until they agree.</source>
        <translation>No: no envíe mensajes de texto a este paciente hasta que dé su consentimiento.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrado el %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Yes, since %1. No texts are sent until the patient texts START.</source>
        <translation>Sí, desde el %1. No se envían mensajes hasta que el paciente envíe START.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Patient #%1, added %2, last changed %3</source>
        <translation>Paciente n.º %1, agregado el %2, último cambio el %3</translation>
    </message>
    <message>
        <source>&amp;Record Consent…</source>
        <translation>Re&amp;gistrar consentimiento…</translation>
    </message>
    <message>
        <source>Record how and when the patient agreed to receive text messages</source>
        <translation>Registrar cómo y cuándo aceptó el paciente recibir mensajes de texto</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>Último mensaje:</translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientDialog</name>
    <message>
        <source>New Patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit Patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>A&amp;pellido:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>e.g. (415) 555-0132; leave empty if none</source>
        <translation>p.&#xa0;ej. (415) 555-0132; déjelo vacío si no tiene</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Teléfono celular:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>e.g. America/New_York; empty uses the clinic&apos;s</source>
        <translation>p.&#xa0;ej. America/New_York; si está vacío, se usa la de la clínica</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Agreed to receive text messages</source>
        <translation>Aceptó recibir mensajes de texto</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>SMS consent:</source>
        <translation>Consentimiento para SMS:</translation>
    </message>
    <message>
        <source>Opted out of text messages on %1. Only the patient can opt back in, by texting START.</source>
        <translation>Se dio de baja de los mensajes de texto el %1. Solo el paciente puede volver a suscribirse, enviando START.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Enter the date of birth as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>&quot;%1&quot; no es una fecha. Escriba la fecha de nacimiento como AAAA-MM-DD o MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>Texts go to %1</source>
        <translation>Los mensajes se envían al %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientListModel</name>
    <message>
        <source>No phone</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>De baja</translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientListPanel</name>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation>Buscar por nombre, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Type a name, phone digits in any format, or a date of birth.</source>
        <translation>Escriba un nombre, los dígitos del teléfono en cualquier formato o una fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No patients yet. Add one with File → New Patient (Ctrl+N).</source>
        <translation>Todavía no hay pacientes. Agregue uno con Archivo → Nuevo paciente (Ctrl+N).</translation>
    </message>
    <message>
        <source>Showing the first %1 patients; scroll for more.</source>
        <translation>Se muestran los primeros %1 pacientes; desplácese para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileView</name>
    <message>
        <source>Patient profile</source>
        <translation>Perfil del paciente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Contact details and consent</source>
        <translation>Datos de contacto y consentimiento</translation>
    </message>
    <message>
        <source>Intake forms</source>
        <translation>Formularios de ingreso</translation>
    </message>
    <message>
        <source>Forms the patient fills in before a visit will appear here: sent by text, completed on their phone, and filed with their record.</source>
        <translation>Aquí aparecerán los formularios que el paciente llena antes de una consulta: enviados por mensaje de texto, completados en su teléfono y archivados en su expediente.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Upcoming and past appointments will appear here, with the text reminders sent for each.</source>
        <translation>Aquí aparecerán las citas próximas y pasadas, con los recordatorios por mensaje de texto enviados para cada una.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacimiento: %1</translation>
    </message>
    <message>
        <source>opted out of texts</source>
        <translation>de baja de los mensajes</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>Choose a patient from the list, or add one with Ctrl+N.</source>
        <translation>Elija un paciente de la lista o agregue uno con Ctrl+N.</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Ingreso</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>Ci&amp;tas</translation>
    </message>
    <message>
        <source>Edit this patient&apos;s details (Ctrl+E)</source>
        <translation>Editar los datos de este paciente (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit &amp;Patient…</source>
        <translation>Editar &amp;paciente…</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordConsentDialog</name>
    <message>
        <source>Record SMS Consent</source>
        <translation>Registrar consentimiento para SMS</translation>
    </message>
    <message>
        <source>%1 agreed to receive text messages from the clinic.</source>
        <translation>%1 aceptó recibir mensajes de texto de la clínica.</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Registrado por:</translation>
    </message>
    <message>
        <source>&amp;Record Consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
</context>
<context>
    <name>cd::ui::SettingsDialog</name>
    <message>
        <source>Twilio account</source>
        <translation>Cuenta de Twilio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Clinic and messages</source>
        <translation>Clínica y mensajes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks the Account SID and secret, the sending number and scheduling with Twilio, using what is in the fields now (saved or not).</source>
        <translation>Comprueba con Twilio el Account SID y el secreto, el número de envío y la programación, con lo que hay ahora en los campos (guardado o no).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete this secret from the keychain when you save.</source>
        <translation>Elimina este secreto del llavero al guardar.</translation>
    </message>
    <message>
        <source>Will be removed when you save</source>
        <translation>Se eliminará al guardar</translation>
    </message>
    <message>
        <source> (stored; type to replace)</source>
        <translation> (guardado; escriba para reemplazarlo)</translation>
    </message>
    <message>
        <source>From environment (%1): this value is used but not saved.</source>
        <translation>Del entorno (%1): este valor se usa, pero no se guarda.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Unavailable: the keychain cannot be read</source>
        <translation>No disponible: no se puede leer el llavero</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Definido por su departamento de TI.</translation>
    </message>
    <message>
        <source>Default from your IT department; you may change it.</source>
        <translation>Valor predeterminado de su departamento de TI; puede cambiarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so secrets cannot be read or saved: %1
Until this is fixed ClinicDesk stays in demo mode (no texts are sent); the other settings can still be changed.</source>
        <translation>El llavero del sistema no está disponible, así que los secretos no se pueden leer ni guardar: %1
Hasta que se solucione, ClinicDesk seguirá en modo de demostración (no se envían mensajes); las demás opciones sí se pueden cambiar.</translation>
    </message>
    <message>
        <source>Correct the highlighted fields first.</source>
        <translation>Primero corrija los campos resaltados.</translation>
    </message>
    <message>
        <source>Enter the Account SID and the Auth Token (or an API key SID and its secret) first.</source>
        <translation>Primero escriba el Account SID y el Auth Token (o el SID de una API key y su secreto).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Contacting Twilio…</source>
        <translation>Contactando con Twilio…</translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for the system keychain after %n second(s). If it asks for a password or permission, answer that window; otherwise check that the keychain is unlocked.</source>
        <translation>
            <numerusform>Se sigue esperando al llavero del sistema después de %n segundo. Si le pide una contraseña o un permiso, responda en esa ventana; si no, compruebe que el llavero esté desbloqueado.</numerusform>
            <numerusform>Se sigue esperando al llavero del sistema después de %n segundos. Si le pide una contraseña o un permiso, responda en esa ventana; si no, compruebe que el llavero esté desbloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatusPresentation</name>
    <message>
        <source>%1
You can send it again with Retry.</source>
        <translation>%1
Puede volver a enviarlo con Reintentar.</translation>
    </message>
</context>
<context>
    <name>cd::ui::TrayNotifier</name>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>New text message</source>
        <translation>Nuevo mensaje de texto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New reply from %1</source>
        <translation>Nueva respuesta de %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnmatchedRepliesView</name>
    <message>
        <source>&amp;Attach to Patient…</source>
        <translation>&amp;Vincular a un paciente…</translation>
    </message>
    <message>
        <source>&amp;Create Patient…</source>
        <translation>&amp;Crear paciente…</translation>
    </message>
    <message>
        <source>Replies from unknown numbers</source>
        <translation>Respuestas de números desconocidos</translation>
    </message>
    <message>
        <source>Replies from numbers that belong to no patient. Select one, then attach it to a patient or create a new patient for that number.</source>
        <translation>Respuestas de números que no pertenecen a ningún paciente. Seleccione una y vincúlela a un paciente o cree un paciente nuevo para ese número.</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnreadConversationsModel</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n mensaje sin leer</numerusform>
            <numerusform>%1, %n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Use the database in DIR.</source>
        <translation>Usa la base de datos del directorio DIR.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Imprime JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Run &quot;clinicdesk-cli %1 --help&quot; for usage.</source>
        <translation>Ejecute &quot;clinicdesk-cli %1 --help&quot; para ver cómo se usa.</translation>
    </message>
    <message>
        <source>Add, list and import patients.</source>
        <translation>Agrega, muestra e importa pacientes.</translation>
    </message>
    <message>
        <source>Usage: clinicdesk-cli [--lang CODE] COMMAND [options]</source>
        <translation>Uso: clinicdesk-cli [--lang CODE] COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Every command takes --help, --data-dir DIR and --json.</source>
        <translation>Todos los comandos aceptan --help, --data-dir DIR y --json.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 not confirmed yet.</source>
        <translation>Códigos de salida: 0 correcto, 1 error, 2 error de uso, 3 aún sin confirmar.</translation>
    </message>
    <message>
        <source>clinicdesk-cli: unknown option %1</source>
        <translation>clinicdesk-cli: opción desconocida %1</translation>
    </message>
    <message>
        <source>clinicdesk-cli: unknown command &quot;%1&quot;</source>
        <translation>clinicdesk-cli: comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show a patient&apos;s conversation or the unmatched replies.</source>
        <translation>Muestra la conversación de un paciente o las respuestas sin paciente asignado.</translation>
    </message>
    <message>
        <source>Send a text message to a patient.</source>
        <translation>Envía un mensaje de texto a un paciente.</translation>
    </message>
    <message>
        <source>Send pending messages and fetch replies and delivery statuses.</source>
        <translation>Envía los mensajes pendientes y descarga las respuestas y los estados de entrega.</translation>
    </message>
    <message>
        <source>Check the Twilio connection and settings.</source>
        <translation>Comprueba la conexión con Twilio y la configuración.</translation>
    </message>
    <message>
        <source>Encoding, segments and cost of a message text.</source>
        <translation>Codificación, segmentos y costo del texto de un mensaje.</translation>
    </message>
    <message>
        <source>Global options: --version, --help, --lang CODE, --data-dir DIR.</source>
        <translation>Opciones globales: --version, --help, --lang CODE, --data-dir DIR.</translation>
    </message>
    <message>
        <source>clinicdesk-cli: %1 needs a value.</source>
        <translation>clinicdesk-cli: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>Show and change settings; store or clear credentials (keychain).</source>
        <translation>Muestra y cambia la configuración; guarda o borra credenciales (llavero).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Text patients from the clinic&apos;s front desk.</source>
        <translation>Envíe mensajes de texto a los pacientes desde la recepción de la clínica.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (default: CLINICDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Guarda la base de datos en DIR (predeterminado: CLINICDESK_DATA_DIR o, si no está definido, la carpeta de datos de aplicaciones del usuario).</translation>
    </message>
    <message>
        <source>Use language CODE (e.g. es) instead of the system&apos;s.</source>
        <translation>Usa el idioma CODE (p.&#xa0;ej. es) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>Do not offer demo patients when the database is empty.</source>
        <translation>No ofrece pacientes de demostración cuando la base de datos está vacía.</translation>
    </message>
    <message>
        <source>Close the window after N milliseconds (for automated checks).</source>
        <translation>Cierra la ventana después de N milisegundos (para pruebas automatizadas).</translation>
    </message>
    <message>
        <source>ClinicDesk Cannot Start</source>
        <translation>ClinicDesk no puede iniciarse</translation>
    </message>
    <message>
        <source>Use a dark colour scheme (when the desktop does not give one).</source>
        <translation>Usa un esquema de colores oscuro (cuando el escritorio no indica ninguno).</translation>
    </message>
</context>
</TS>
