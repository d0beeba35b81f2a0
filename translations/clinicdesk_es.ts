<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupRestore</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged database was kept as %1.</source>
        <translation>Se restauró la copia de seguridad. La base de datos dañada se conservó como %1.</translation>
    </message>
    <message>
        <source>ClinicDesk could not restart to restore the backup. Close it and run: clinicdesk-cli db restore &quot;%1&quot;</source>
        <translation>ClinicDesk no pudo reiniciarse para restaurar la copia de seguridad. Ciérrelo y ejecute: clinicdesk-cli db restore &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DatabaseRestorePrompt</name>
    <message>
        <source>Database Damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>No intact backup was found beside it. Keep the file as it is and call IT.</source>
        <translation>No se encontró ninguna copia de seguridad intacta junto a ella. Deje el archivo como está y llame a TI.</translation>
    </message>
    <message>
        <source>The newest intact backup is from %1. Restoring it replaces the database with that copy: texts sent since then leave this computer&apos;s history, replies since then are read again from Twilio. The damaged file is kept beside it.</source>
        <translation>La copia de seguridad intacta más reciente es del %1. Al restaurarla, la base de datos se reemplaza por esa copia: los mensajes enviados desde entonces desaparecen del historial de este equipo y las respuestas recibidas desde entonces se vuelven a leer de Twilio. El archivo dañado se conserva junto a ella.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup from %1</source>
        <translation>&amp;Restaurar copia de seguridad del %1</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>TwilioClock</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 behind Twilio&apos;s clock</source>
        <translation>%1 de retraso respecto al reloj de Twilio</translation>
    </message>
    <message>
        <source>%1 ahead of Twilio&apos;s clock</source>
        <translation>%1 de adelanto respecto al reloj de Twilio</translation>
    </message>
</context>
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
        <translation type="vanished">&quot;%1&quot; lo define su departamento de TI y no se puede cambiar aquí. Pida a TI que lo cambie.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>No se pudo escribir el archivo de configuración %1. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>Administrado por su departamento de TI</translation>
    </message>
    <message>
        <source>the clinic&apos;s setting, shared by every desk</source>
        <translation>la configuración de la clínica, compartida por todos los puestos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be changed here: Managed by your IT department. Ask IT to change it.</source>
        <translation>&quot;%1&quot; no se puede cambiar aquí: Administrado por su departamento de TI. Pida a TI que lo cambie.</translation>
    </message>
</context>
<context>
    <name>cd::AppointmentCycle</name>
    <message>
        <source>The patient&apos;s phone number opted out (STOP was replied from it).</source>
        <translation>El número de teléfono del paciente se dio de baja (se respondió STOP desde él).</translation>
    </message>
</context>
<context>
    <name>cd::AppointmentSettings</name>
    <message>
        <source>&quot;%1&quot; is not a time zone name; use an IANA name such as America/New_York or America/Los_Angeles.</source>
        <translation>&quot;%1&quot; no es un nombre de zona horaria; use un nombre IANA como America/New_York o America/Los_Angeles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as HH:MM on the 24-hour clock, e.g. 08:00 or 20:00.</source>
        <translation>&quot;%1&quot; no es una hora del día; escríbala como HH:MM en formato de 24 horas, p. ej., 08:00 o 20:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours between 0.25 and %2; write the reminders as hours before the appointment separated by commas, e.g. 48, 2, or &quot;none&quot;.</source>
        <translation>&quot;%1&quot; no es un número de horas entre 0.25 y %2; escriba los recordatorios como horas antes de la cita separadas por comas, p. ej., 48, 2, o &quot;none&quot;.</translation>
    </message>
    <message>
        <source>%1 hours is listed twice.</source>
        <translation>%1 horas aparece dos veces.</translation>
    </message>
    <message>
        <source>too long (%1 characters); at most %2.</source>
        <translation>demasiado largo (%1 caracteres); como máximo %2.</translation>
    </message>
    <message>
        <source>The allowed hours for automatic texts would end (%1) before they start (%2); hours across midnight are not supported. Change %3 first.</source>
        <translation>El horario permitido para mensajes automáticos terminaría (%1) antes de empezar (%2); no se admiten horarios que crucen la medianoche. Cambie primero %3.</translation>
    </message>
</context>
<context>
    <name>cd::AppointmentStore</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;. Use an IANA name such as America/New_York.</source>
        <translation>Zona horaria desconocida &quot;%1&quot;. Use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>The start time is missing or not a valid time.</source>
        <translation>Falta la hora de inicio o no es una hora válida.</translation>
    </message>
    <message>
        <source>The start time is in the past. Book appointments from now on.</source>
        <translation>La hora de inicio ya pasó. Programe citas a partir de ahora.</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 12 hours.</source>
        <translation>La duración debe estar entre 5 minutos y 12 horas.</translation>
    </message>
    <message>
        <source>The appointment could not be saved.</source>
        <translation>No se pudo guardar la cita.</translation>
    </message>
    <message>
        <source>This appointment is %1: book a new one instead.</source>
        <translation>Esta cita está %1: programe una nueva en su lugar.</translation>
    </message>
    <message>
        <source>The new start time is in the past or not a valid time.</source>
        <translation>La nueva hora de inicio ya pasó o no es una hora válida.</translation>
    </message>
    <message>
        <source>The appointment was rescheduled.</source>
        <translation>Se reprogramó la cita.</translation>
    </message>
    <message>
        <source>The appointment was cancelled.</source>
        <translation>Se canceló la cita.</translation>
    </message>
    <message>
        <source>Unknown appointment status &quot;%1&quot;.</source>
        <translation>Estado de cita desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This appointment was cancelled: book a new one instead.</source>
        <translation>Esta cita se canceló: programe una nueva en su lugar.</translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation>No existe la cita %1.</translation>
    </message>
    <message>
        <source>That reply was already handled.</source>
        <translation>Esa respuesta ya se atendió.</translation>
    </message>
    <message>
        <source>There is no notification %1.</source>
        <translation>No existe la notificación %1.</translation>
    </message>
</context>
<context>
    <name>cd::AppointmentTemplates</name>
    <message>
        <source>The text is empty. Write the message patients get.</source>
        <translation>El texto está vacío. Escriba el mensaje que reciben los pacientes.</translation>
    </message>
    <message>
        <source>The text contains &quot;%1&quot;. A patient who replies with that word alone is opted out of every text from the clinic (or, for YES, opted back in). Ask for C to confirm and R to reschedule instead.</source>
        <translation>El texto contiene &quot;%1&quot;. Un paciente que responda solo con esa palabra se da de baja de todos los mensajes de la clínica (o, en el caso de YES, se vuelve a dar de alta). Pida C para confirmar y R para reprogramar en su lugar.</translation>
    </message>
    <message>
        <source>The text contains &quot;%1&quot;. Twilio takes that reply as &quot;send me texts again&quot;, not as a confirmation. Ask for C to confirm and R to reschedule instead.</source>
        <translation>El texto contiene &quot;%1&quot;. Twilio interpreta esa respuesta como &quot;envíenme mensajes de nuevo&quot;, no como una confirmación. Pida C para confirmar y R para reprogramar en su lugar.</translation>
    </message>
    <message>
        <source>Unknown field {%1}. Use {%2}.</source>
        <translation>Campo desconocido {%1}. Use {%2}.</translation>
    </message>
</context>
<context>
    <name>cd::AuditTrail</name>
    <message>
        <source>row %1 has no hash: it was added outside ClinicDesk.</source>
        <translation>la fila %1 no tiene hash: se agregó fuera de ClinicDesk.</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: the rows between them were deleted.</source>
        <translation>la fila %1 no sigue a la fila %2: se eliminaron las filas entre ellas.</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: a row was deleted, or this one was inserted out of order.</source>
        <translation>la fila %1 no sigue a la fila %2: se eliminó una fila, o esta se insertó fuera de orden.</translation>
    </message>
    <message>
        <source>row %1 is out of order: it is dated before row %2.</source>
        <translation type="vanished">la fila %1 está fuera de orden: tiene fecha anterior a la fila %2.</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written.</source>
        <translation>la fila %1 se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>row %1 is out of order: it is dated %2 minutes before row %3.</source>
        <translation>la fila %1 está fuera de orden: tiene fecha %2 minutos anterior a la fila %3.</translation>
    </message>
</context>
<context>
    <name>cd::CommunicationRecord</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Formulario de admisión</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>From patient</source>
        <translation>Del paciente</translation>
    </message>
    <message>
        <source>To patient</source>
        <translation>Al paciente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
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
    <message>
        <source>This installation cannot reach a PostgreSQL server: the Qt PostgreSQL driver is missing. Ask IT to install it (Debian/Ubuntu: libqt6sql6-psql).</source>
        <translation>Esta instalación no puede conectarse a un servidor PostgreSQL: falta el controlador PostgreSQL de Qt. Pida a TI que lo instale (Debian/Ubuntu: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the clinic database %1: %2. Check the address, that the server is running, the password in the keychain, and the CA file for TLS.</source>
        <translation>No se puede conectar a la base de datos de la clínica %1: %2. Revise la dirección, que el servidor esté en funcionamiento, la contraseña en el llavero y el archivo de CA para TLS.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another program. Nothing was changed; create an empty database for ClinicDesk (see the README, &quot;Shared clinic database&quot;).</source>
        <translation>La base de datos %1 ya contiene tablas de otro programa. No se cambió nada; cree una base de datos vacía para ClinicDesk (consulte el README, &quot;Shared clinic database&quot;).</translation>
    </message>
    <message>
        <source>The database %1 did not accept the setting %2=%3 (it reports &quot;%4&quot;).</source>
        <translation>La base de datos %1 no aceptó la configuración %2=%3 (informa &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Restore the latest backup from the &quot;backups&quot; folder beside it (clinicdesk-cli db restore FILE), or call IT.</source>
        <translation>La base de datos %1 está dañada (%2). No se cambió nada. Restaure la copia de seguridad más reciente de la carpeta &quot;backups&quot; que está junto a ella (clinicdesk-cli db restore FILE), o llame a TI.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging here (journal mode &quot;%2&quot;). Keep the data folder on a local disk.</source>
        <translation>La base de datos %1 no puede usar el registro de escritura anticipada aquí (modo de diario &quot;%2&quot;). Mantenga la carpeta de datos en un disco local.</translation>
    </message>
    <message>
        <source>The connection to the clinic database was lost. ClinicDesk keeps trying; what you typed is kept.</source>
        <translation>Se perdió la conexión con la base de datos de la clínica. ClinicDesk sigue intentándolo; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full: this change was not saved (everything saved before is safe). Free some space, then try again.</source>
        <translation>El disco que contiene la base de datos %1 está lleno: este cambio no se guardó (todo lo guardado antes está a salvo). Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another desk has kept the clinic database busy for 15 seconds, so nothing was saved. Try again in a moment; if it keeps happening, tell IT (the server shows which computer holds it).</source>
        <translation>Otro puesto ha mantenido ocupada la base de datos de la clínica durante 15 segundos, así que no se guardó nada. Vuelva a intentarlo en un momento; si sigue ocurriendo, avise a TI (el servidor muestra qué equipo la retiene).</translation>
    </message>
    <message numerus="yes">
        <source>The message history in %1 needs a one-time update before it opens (about %n message(s)).</source>
        <translation>
            <numerusform>El historial de mensajes de %1 necesita una actualización única antes de abrirse (unos %n mensaje).</numerusform>
            <numerusform>El historial de mensajes de %1 necesita una actualización única antes de abrirse (unos %n mensajes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DatabaseBackup</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>No se puede crear la carpeta %1 para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Falló la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a ClinicDesk database.</source>
        <translation>%1 no es una base de datos de ClinicDesk.</translation>
    </message>
    <message>
        <source>%1 is not a ClinicDesk database (it has no schema version).</source>
        <translation>%1 no es una base de datos de ClinicDesk (no tiene versión de esquema).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ClinicDesk (schema %2; this version understands up to %3).</source>
        <translation>%1 fue escrita por una versión más reciente de ClinicDesk (esquema %2; esta versión admite hasta el %3).</translation>
    </message>
    <message>
        <source>Cannot check whether %1 is in use.</source>
        <translation>No se puede comprobar si %1 está en uso.</translation>
    </message>
    <message>
        <source>Restoring from the command line is not supported on this system yet: close ClinicDesk on every computer, then copy the backup over the database file.</source>
        <translation>La restauración desde la línea de comandos aún no es compatible con este sistema: cierre ClinicDesk en todos los equipos y luego copie la copia de seguridad sobre el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>The database %1 is open in another ClinicDesk (the app or a scheduled job). Close it first; nothing was changed.</source>
        <translation>La base de datos %1 está abierta en otro ClinicDesk (la aplicación o una tarea programada). Ciérrelo primero; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database in %1; nothing was changed.</source>
        <translation>No se pudo conservar una copia de la base de datos actual en %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not copy %1 next to the database; nothing was changed.</source>
        <translation>No se pudo copiar %1 junto a la base de datos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database %1 was opened by another ClinicDesk meanwhile; nothing was changed.</source>
        <translation>Otro ClinicDesk abrió la base de datos %1 mientras tanto; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not put the backup in place (%1). The previous database is kept in %2.</source>
        <translation>No se pudo colocar la copia de seguridad en su lugar (%1). La base de datos anterior se conserva en %2.</translation>
    </message>
</context>
<context>
    <name>cd::DatabaseCopier</name>
    <message>
        <source>The database %1 already holds data (%2 rows in %3). Nothing was copied: the move goes only into an empty database, so that no clinic&apos;s records are overwritten.</source>
        <translation>La base de datos %1 ya contiene datos (%2 filas en %3). No se copió nada: el traslado solo se hace a una base de datos vacía, para que no se sobrescriban los registros de ninguna clínica.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the original (%2 rows here, %3 there). Do not use the server&apos;s copy; report this to support with both databases.</source>
        <translation>La copia de %1 no coincide con el original (%2 filas aquí, %3 allá). No use la copia del servidor; informe esto a soporte con ambas bases de datos.</translation>
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
    <name>cd::DeskLease</name>
    <message>
        <source>Another desk took over reading replies for the clinic; this desk&apos;s last reading was not saved (the other desk reads the same replies).</source>
        <translation>Otro puesto se encargó de leer las respuestas de la clínica; la última lectura de este puesto no se guardó (el otro puesto lee las mismas respuestas).</translation>
    </message>
</context>
<context>
    <name>cd::DeskPresence</name>
    <message>
        <source>%1 is typing a reply to this patient…</source>
        <translation>%1 está escribiendo una respuesta a este paciente…</translation>
    </message>
    <message numerus="yes">
        <source>%1 replied %n second(s) ago.</source>
        <translation>
            <numerusform>%1 respondió hace %n segundo.</numerusform>
            <numerusform>%1 respondió hace %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DiskEncryption</name>
    <message>
        <source>the folder is not on a local disk this program can inspect</source>
        <translation>la carpeta no está en un disco local que este programa pueda examinar</translation>
    </message>
    <message>
        <source>the disk is encrypted (dm-crypt/LUKS)</source>
        <translation>el disco está cifrado (dm-crypt/LUKS)</translation>
    </message>
    <message>
        <source>the disk holding the data folder is not encrypted (no dm-crypt/LUKS layer)</source>
        <translation>el disco que contiene la carpeta de datos no está cifrado (no hay capa dm-crypt/LUKS)</translation>
    </message>
    <message>
        <source>the folder is not on a block device (tmpfs, overlay or network storage), so encryption cannot be told</source>
        <translation>la carpeta no está en un dispositivo de bloques (tmpfs, overlay o almacenamiento en red), por lo que no se puede determinar el cifrado</translation>
    </message>
    <message>
        <source>this program cannot tell on this system; check that BitLocker (Windows) or FileVault (macOS) is on</source>
        <translation>este programa no puede determinarlo en este sistema; compruebe que BitLocker (Windows) o FileVault (macOS) esté activado</translation>
    </message>
</context>
<context>
    <name>cd::EndpointOverride</name>
    <message>
        <source>%1 points at %2, which is neither this computer nor %3. Credentials are only sent to those; remove the variable or correct it.</source>
        <translation>%1 apunta a %2, que no es este equipo ni %3. Las credenciales solo se envían a esos; elimine la variable o corríjala.</translation>
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
    <name>cd::IntakeService</name>
    <message>
        <source>%1 has no e-mail address on file: add one to the patient&apos;s details to send by e-mail.</source>
        <translation>%1 no tiene una dirección de correo electrónico registrada: agregue una en los datos del paciente para enviar por correo electrónico.</translation>
    </message>
    <message>
        <source>There is no form template named &quot;%1&quot;. See them in Edit &gt; Intake Form Templates (or clinicdesk-cli intake templates).</source>
        <translation>No hay ninguna plantilla de formulario llamada &quot;%1&quot;. Consúltelas en Editar &gt; Plantillas de formulario de admisión (o clinicdesk-cli intake templates).</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; still points at the example address (%2). Enter your clinic&apos;s form address in Edit &gt; Intake Form Templates before sending it.</source>
        <translation>La plantilla &quot;%1&quot; todavía apunta a la dirección de ejemplo (%2). Introduzca la dirección del formulario de su clínica en Editar &gt; Plantillas de formulario de admisión antes de enviarla.</translation>
    </message>
    <message>
        <source>This send was canceled: send a new form instead.</source>
        <translation>Este envío se canceló: envíe un formulario nuevo en su lugar.</translation>
    </message>
    <message>
        <source>The patient of this send no longer exists.</source>
        <translation>El paciente de este envío ya no existe.</translation>
    </message>
    <message>
        <source>The text message of this send has not failed (%1): sending it again would text the patient twice.</source>
        <translation>El mensaje de texto de este envío no falló (%1): volver a enviarlo haría que el paciente recibiera el mensaje dos veces.</translation>
    </message>
    <message>
        <source>This form was sent by text message only: send a new form by &quot;Email &amp; SMS&quot; instead.</source>
        <translation>Este formulario se envió solo por mensaje de texto: envíe un formulario nuevo por &quot;Correo y SMS&quot; en su lugar.</translation>
    </message>
    <message>
        <source>The e-mail is &quot;not confirmed&quot;: it may have reached the patient already. Resend it only if you are sure (confirm to send it again).</source>
        <translation>El correo electrónico está &quot;sin confirmar&quot;: puede que ya haya llegado al paciente. Reenvíelo solo si está seguro (confirme para enviarlo de nuevo).</translation>
    </message>
    <message>
        <source>The e-mail of this send has not failed (%1): there is nothing to resend.</source>
        <translation>El correo electrónico de este envío no falló (%1): no hay nada que reenviar.</translation>
    </message>
    <message>
        <source>The e-mail of this send changed meanwhile: look again before resending.</source>
        <translation>El correo electrónico de este envío cambió mientras tanto: revíselo de nuevo antes de reenviarlo.</translation>
    </message>
    <message>
        <source>This form is already marked completed.</source>
        <translation>Este formulario ya está marcado como completado.</translation>
    </message>
    <message>
        <source>This send was canceled.</source>
        <translation>Se canceló este envío.</translation>
    </message>
    <message>
        <source>This send is already canceled.</source>
        <translation>Este envío ya está cancelado.</translation>
    </message>
    <message>
        <source>This form is already completed.</source>
        <translation>Este formulario ya está completado.</translation>
    </message>
    <message>
        <source>This form has already gone out (or is going out now): it cannot be canceled. Mark it completed or leave it.</source>
        <translation>Este formulario ya salió (o está saliendo ahora): no se puede cancelar. Márquelo como completado o déjelo así.</translation>
    </message>
    <message>
        <source>Canceled by staff before it was sent.</source>
        <translation>Cancelado por el personal antes de enviarse.</translation>
    </message>
    <message>
        <source>The program ended while the e-mail was being sent, so it may or may not have gone out. It is not resent by itself.</source>
        <translation>El programa se cerró mientras se enviaba el correo electrónico, por lo que puede haber salido o no. No se reenvía automáticamente.</translation>
    </message>
    <message>
        <source>Follow-up text %1 was not sent: %2</source>
        <translation>No se envió el mensaje de seguimiento %1: %2</translation>
    </message>
    <message>
        <source>demo patient</source>
        <translation>paciente de demostración</translation>
    </message>
</context>
<context>
    <name>cd::IntakeStatusText</name>
    <message>
        <source>Email &amp; SMS</source>
        <translation>Correo y SMS</translation>
    </message>
    <message>
        <source>SMS Only</source>
        <translation>Solo SMS</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demostración)</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>No solicitado</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>En espera de envío: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Accepted by SendGrid</source>
        <translation>Aceptado por SendGrid</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Sin confirmar: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Canceled by %1</source>
        <translation>Cancelado por %1</translation>
    </message>
    <message>
        <source> · reminder sent %1</source>
        <translation> · recordatorio enviado %1</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completado</translation>
    </message>
    <message>
        <source>Completed (%1, %2)</source>
        <translation>Completado (%1, %2)</translation>
    </message>
</context>
<context>
    <name>cd::IntakeStore</name>
    <message>
        <source>There is no intake send %1.</source>
        <translation>No existe el envío de admisión %1.</translation>
    </message>
</context>
<context>
    <name>cd::IntakeTemplateRules</name>
    <message>
        <source>The status address</source>
        <translation>La dirección de estado</translation>
    </message>
    <message>
        <source>The form address</source>
        <translation>La dirección del formulario</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid web address.</source>
        <translation>%1 &quot;%2&quot; no es una dirección web válida.</translation>
    </message>
    <message>
        <source>%1 must start with https:// so the link is encrypted.</source>
        <translation>%1 debe empezar por https:// para que el enlace esté cifrado.</translation>
    </message>
    <message>
        <source>%1 must contain {token}: each send&apos;s own code identifies the form.</source>
        <translation>%1 debe contener {token}: el código propio de cada envío identifica el formulario.</translation>
    </message>
    <message>
        <source>%1 may not contain {%2}: nothing about the patient but the send&apos;s code%3 may go into a web address.</source>
        <translation>%1 no puede contener {%2}: ningún dato del paciente, salvo el código del envío%3, puede ir en una dirección web.</translation>
    </message>
    <message>
        <source> and {patient_id}</source>
        <translation> y {patient_id}</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>The template needs its English text.</source>
        <translation>La plantilla necesita su texto en inglés.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported; use en or es.</source>
        <translation>El idioma &quot;%1&quot; no es compatible; use en o es.</translation>
    </message>
    <message>
        <source>The text message (%1) must contain {link}: without it the patient gets no form.</source>
        <translation>El mensaje de texto (%1) debe contener {link}: sin él, el paciente no recibe ningún formulario.</translation>
    </message>
    <message>
        <source>The e-mail body (%1) must contain {link}: without it the patient gets no form.</source>
        <translation>El cuerpo del correo electrónico (%1) debe contener {link}: sin él, el paciente no recibe ningún formulario.</translation>
    </message>
    <message>
        <source>The text message (%1) contains &quot;%2&quot;: a patient who replies with that word alone is opted out of all texts. Reword it.</source>
        <translation>El mensaje de texto (%1) contiene &quot;%2&quot;: un paciente que responda solo con esa palabra se da de baja de todos los mensajes. Cambie la redacción.</translation>
    </message>
</context>
<context>
    <name>cd::IntakeTemplates</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>No hay ninguna plantilla llamada &quot;%1&quot;.</translation>
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
    <name>cd::ManagedPolicies</name>
    <message>
        <source>%1: the policy %2 is ignored: %3</source>
        <translation>%1: se ignora la directiva %2: %3</translation>
    </message>
    <message>
        <source>secrets are never read from policies; provision them on each computer with &quot;clinicdesk-cli config set-credentials&quot;.</source>
        <translation>los secretos nunca se leen de las directivas; configúrelos en cada equipo con &quot;clinicdesk-cli config set-credentials&quot;.</translation>
    </message>
    <message>
        <source>there is no such setting; the names are the keys &quot;clinicdesk-cli config show&quot; lists.</source>
        <translation>no existe esa configuración; los nombres son las claves que muestra &quot;clinicdesk-cli config show&quot;.</translation>
    </message>
    <message>
        <source>the value must be a text, a number or true/false.</source>
        <translation>el valor debe ser un texto, un número o true/false.</translation>
    </message>
</context>
<context>
    <name>cd::MediaFetcher</name>
    <message>
        <source>larger than %1</source>
        <translation>mayor que %1</translation>
    </message>
    <message>
        <source>could not be saved</source>
        <translation>no se pudo guardar</translation>
    </message>
</context>
<context>
    <name>cd::MediaStore</name>
    <message>
        <source>Twilio&apos;s answer named it in an unexpected way.</source>
        <translation>La respuesta de Twilio lo nombró de forma inesperada.</translation>
    </message>
    <message>
        <source>The folder for attachments could not be created.</source>
        <translation>No se pudo crear la carpeta de archivos adjuntos.</translation>
    </message>
    <message>
        <source>The attachment could not be saved (the disk may be full).</source>
        <translation>No se pudo guardar el archivo adjunto (es posible que el disco esté lleno).</translation>
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
    <name>cd::MessageMedia</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachment not downloaded yet</source>
        <translation>Archivo adjunto aún no descargado</translation>
    </message>
    <message>
        <source>Attachment too large to download (%1)</source>
        <translation>Archivo adjunto demasiado grande para descargarlo (%1)</translation>
    </message>
    <message>
        <source>Attachment refused: %1</source>
        <translation>Archivo adjunto rechazado: %1</translation>
    </message>
    <message>
        <source>Attachment could not be downloaded; trying again later</source>
        <translation>No se pudo descargar el archivo adjunto; se volverá a intentar más tarde</translation>
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
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: it waited too long to go out. Send it now or discard it.</source>
        <translation>No enviado: esperó demasiado tiempo para salir. Envíelo ahora o descártelo.</translation>
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
    <message>
        <source>Only a patient&apos;s reply can be moved to another patient.</source>
        <translation>Solo la respuesta de un paciente se puede mover a otro paciente.</translation>
    </message>
    <message>
        <source>That patient does not have the number this reply came from.</source>
        <translation>Ese paciente no tiene el número desde el que llegó esta respuesta.</translation>
    </message>
    <message>
        <source>The reply was moved by someone else meanwhile. Look at the conversation again.</source>
        <translation>Otra persona movió la respuesta mientras tanto. Revise la conversación de nuevo.</translation>
    </message>
    <message>
        <source>Type at least 3 letters or digits to search the messages.</source>
        <translation>Escriba al menos 3 letras o dígitos para buscar en los mensajes.</translation>
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
    <name>cd::MessagingThread</name>
    <message>
        <source>Messaging is off, so Twilio cannot be asked to cancel it.</source>
        <translation>La mensajería está desactivada, por lo que no se puede pedir a Twilio que lo cancele.</translation>
    </message>
</context>
<context>
    <name>cd::NotificationPlanner</name>
    <message>
        <source>Booked less than %1 h before the appointment.</source>
        <translation>Programada menos de %1 h antes de la cita.</translation>
    </message>
    <message>
        <source>%1 falls in quiet hours in the patient&apos;s zone and no allowed time remains before it.</source>
        <translation>%1 cae en el horario de silencio de la zona del paciente y no queda ninguna hora permitida antes.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: quiet hours in the patient&apos;s zone.</source>
        <translation>Movido de %1 a %2: horario de silencio en la zona del paciente.</translation>
    </message>
    <message>
        <source>No allowed hour remains before the appointment (quiet hours in the patient&apos;s zone).</source>
        <translation>No queda ninguna hora permitida antes de la cita (horario de silencio en la zona del paciente).</translation>
    </message>
    <message>
        <source>Waits for %1: quiet hours in the patient&apos;s zone.</source>
        <translation>Espera hasta %1: horario de silencio en la zona del paciente.</translation>
    </message>
</context>
<context>
    <name>cd::OfflineQueue</name>
    <message>
        <source>The text could not be kept on this computer either (%1); it stays in the field.</source>
        <translation>Tampoco se pudo guardar el mensaje en este equipo (%1); permanece en el campo.</translation>
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
    <message numerus="yes">
        <source>Not sent: it waited more than %n hour(s) to go out. Send it now or discard it.</source>
        <translation>
            <numerusform>No enviado: esperó más de %n hora para salir. Envíelo ahora o descártelo.</numerusform>
            <numerusform>No enviado: esperó más de %n horas para salir. Envíelo ahora o descártelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A received message cannot be canceled.</source>
        <translation>Un mensaje recibido no se puede cancelar.</translation>
    </message>
    <message>
        <source>Twilio did not cancel the scheduled message: %1</source>
        <translation>Twilio no canceló el mensaje programado: %1</translation>
    </message>
    <message>
        <source>This message is being sent right now and can no longer be canceled.</source>
        <translation>Este mensaje se está enviando en este momento y ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>This message has already gone to Twilio and cannot be canceled.</source>
        <translation>Este mensaje ya se entregó a Twilio y no se puede cancelar.</translation>
    </message>
    <message>
        <source>Canceled by staff. The connection dropped while it was being sent, so it may still have reached the patient; it will not be sent again.</source>
        <translation>Cancelado por el personal. La conexión se cortó mientras se enviaba, por lo que es posible que haya llegado al paciente; no se volverá a enviar.</translation>
    </message>
    <message>
        <source>Canceled by staff: it was not sent.</source>
        <translation>Cancelado por el personal: no se envió.</translation>
    </message>
    <message>
        <source>This message changed meanwhile (it is being sent, or was sent) and was not canceled.</source>
        <translation>Este mensaje cambió mientras tanto (se está enviando o ya se envió) y no se canceló.</translation>
    </message>
    <message>
        <source>This message is not waiting for a decision.</source>
        <translation>Este mensaje no está pendiente de una decisión.</translation>
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
    <message>
        <source>a quote (&quot;) opens a value on this line and is never closed: add the closing quote and import the file again</source>
        <translation>unas comillas (&quot;) abren un valor en esta línea y nunca se cierran: añada las comillas de cierre e importe el archivo de nuevo</translation>
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
    <name>cd::PolicyDirectory</name>
    <message>
        <source>it does not belong to root</source>
        <translation>no pertenece a root</translation>
    </message>
    <message>
        <source>others may write to it</source>
        <translation>otros pueden escribir en él</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>%1 is ignored: it cannot be read.</source>
        <translation>Se ignora %1: no se puede leer.</translation>
    </message>
    <message>
        <source>%1 is ignored: %2.</source>
        <translation>Se ignora %1: %2.</translation>
    </message>
    <message>
        <source>%1 is ignored: it is not a JSON object (%2).</source>
        <translation>Se ignora %1: no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
</context>
<context>
    <name>cd::PostgresTarget</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE (for example postgresql://clinicdesk@db.clinic.lan/clinicdesk).</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL. Escríbala como postgresql://USER@HOST:PORT/DATABASE (por ejemplo, postgresql://clinicdesk@db.clinic.lan/clinicdesk).</translation>
    </message>
    <message>
        <source>The database address must not contain the password: it would end up in settings files and shell history. Remove it from the address and store it in the keychain: Settings &gt; Storage, or a line CLINICDESK_DATABASE_PASSWORD=… given to &quot;clinicdesk-cli config set-credentials&quot; on standard input.</source>
        <translation>La dirección de la base de datos no debe contener la contraseña: acabaría en los archivos de configuración y en el historial del shell. Quítela de la dirección y guárdela en el llavero: Configuración &gt; Almacenamiento, o una línea CLINICDESK_DATABASE_PASSWORD=… pasada a &quot;clinicdesk-cli config set-credentials&quot; por la entrada estándar.</translation>
    </message>
    <message>
        <source>The database address %1 names no database. Add it after the server, e.g. postgresql://clinicdesk@%2/clinicdesk.</source>
        <translation>La dirección de la base de datos %1 no indica ninguna base de datos. Agréguela después del servidor, p. ej., postgresql://clinicdesk@%2/clinicdesk.</translation>
    </message>
    <message>
        <source>The database address %1 names no user. Add it before the server, e.g. postgresql://clinicdesk@%2/%3.</source>
        <translation>La dirección de la base de datos %1 no indica ningún usuario. Agréguelo antes del servidor, p. ej., postgresql://clinicdesk@%2/%3.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the database address. Use verify-full (recommended) or verify-ca.</source>
        <translation>sslmode desconocido &quot;%1&quot; en la dirección de la base de datos. Use verify-full (recomendado) o verify-ca.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database address. ClinicDesk accepts sslmode and sslrootcert.</source>
        <translation>Opción desconocida &quot;%1&quot; en la dirección de la base de datos. ClinicDesk acepta sslmode y sslrootcert.</translation>
    </message>
    <message>
        <source>sslmode=%1 does not verify the database server %2, so patient data could be read or changed on the way. Use sslmode=verify-full with the clinic&apos;s CA file (sslrootcert=PATH).</source>
        <translation type="vanished">sslmode=%1 no verifica el servidor de base de datos %2, por lo que los datos de los pacientes podrían leerse o modificarse en el camino. Use sslmode=verify-full con el archivo de CA de la clínica (sslrootcert=PATH).</translation>
    </message>
    <message>
        <source>There is no CA certificate file %1. Choose the file IT gave you (Settings &gt; Storage).</source>
        <translation>No existe el archivo de certificado de CA %1. Elija el archivo que le dio TI (Configuración &gt; Almacenamiento).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read. Check that your account may read it.</source>
        <translation>No se puede leer el archivo de certificado de CA %1. Compruebe que su cuenta tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>sslmode=%1 does not verify the database server %2, so patient data could be read or changed on the way. Use verify-full with the clinic&apos;s CA file.</source>
        <translation>sslmode=%1 no verifica el servidor de base de datos %2, por lo que los datos de los pacientes podrían leerse o modificarse en el camino. Use verify-full con el archivo de CA de la clínica.</translation>
    </message>
    <message>
        <source>Enter the shared database server&apos;s host name, e.g. db.clinic.lan (empty: this computer only).</source>
        <translation>Escriba el nombre del servidor de la base de datos compartida, p. ej., db.clinic.lan (vacío: solo este equipo).</translation>
    </message>
    <message>
        <source>Port %1 does not exist: use a number from 1 to 65535 (usually 5432).</source>
        <translation>El puerto %1 no existe: use un número de 1 a 65535 (normalmente 5432).</translation>
    </message>
    <message>
        <source>Enter the database user this desk signs in as on %1, e.g. clinicdesk.</source>
        <translation>Escriba el usuario de base de datos con el que este puesto inicia sesión en %1, p. ej., clinicdesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server check. Use verify-full (recommended) or verify-ca.</source>
        <translation>&quot;%1&quot; no es una verificación del servidor. Use verify-full (recomendado) o verify-ca.</translation>
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
    <name>cd::ReminderRunner</name>
    <message>
        <source>Twilio could not schedule it (error %1): this desk sends it at its time.</source>
        <translation>Twilio no pudo programarlo (error %1): este puesto lo envía a su hora.</translation>
    </message>
    <message>
        <source>The appointment is %1.</source>
        <translation>La cita está %1.</translation>
    </message>
    <message>
        <source>Not sent: its time (%1) passed while no desk was sending, and a late reminder would mislead.</source>
        <translation>No enviado: su hora (%1) pasó mientras ningún puesto estaba enviando, y un recordatorio tardío podría confundir.</translation>
    </message>
    <message>
        <source>Not sent: the appointment changed.</source>
        <translation>No enviado: la cita cambió.</translation>
    </message>
    <message>
        <source>It had already gone out when the appointment changed.</source>
        <translation>Ya había salido cuando cambió la cita.</translation>
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
    <name>cd::SendGridClient</name>
    <message>
        <source>SendGrid refused the e-mail as malformed.</source>
        <translation>SendGrid rechazó el correo electrónico por estar mal formado.</translation>
    </message>
    <message>
        <source>SendGrid refused the e-mail: %1</source>
        <translation>SendGrid rechazó el correo electrónico: %1</translation>
    </message>
    <message>
        <source>SendGrid did not accept the API key. Check the SendGrid API key in Settings.</source>
        <translation>SendGrid no aceptó la API Key. Revise la API Key de SendGrid en Configuración.</translation>
    </message>
    <message>
        <source>SendGrid refused the sender address %1: it is not verified. Verify it in SendGrid (Sender Authentication) or change the e-mail sender in Settings.</source>
        <translation>SendGrid rechazó la dirección del remitente %1: no está verificada. Verifíquela en SendGrid (Sender Authentication) o cambie el remitente de correo electrónico en Configuración.</translation>
    </message>
    <message>
        <source>The e-mail is too large for SendGrid.</source>
        <translation>El correo electrónico es demasiado grande para SendGrid.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s sending limit was reached: the e-mail goes out by itself after %1.</source>
        <translation>Se alcanzó el límite de envío de SendGrid: el correo electrónico saldrá automáticamente después de %1.</translation>
    </message>
    <message>
        <source>SendGrid had a problem on its side (HTTP %1). Try again later with Resend.</source>
        <translation>SendGrid tuvo un problema de su lado (HTTP %1). Vuelva a intentarlo más tarde con Reenviar.</translation>
    </message>
    <message>
        <source>SendGrid refused the e-mail (HTTP %1).</source>
        <translation>SendGrid rechazó el correo electrónico (HTTP %1).</translation>
    </message>
    <message>
        <source>The secure connection to SendGrid could not be verified (certificate not trusted). Nothing was sent. Check the computer&apos;s date and any proxy.</source>
        <translation>No se pudo verificar la conexión segura con SendGrid (certificado no confiable). No se envió nada. Revise la fecha del equipo y cualquier proxy.</translation>
    </message>
    <message>
        <source>SendGrid could not be reached (no network?). Nothing was sent; the e-mail goes out when the connection is back.</source>
        <translation>No se pudo conectar con SendGrid (¿sin red?). No se envió nada; el correo electrónico saldrá cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The connection to SendGrid was lost before it answered, so the e-mail may or may not have gone out. It is not resent by itself.</source>
        <translation>Se perdió la conexión con SendGrid antes de que respondiera, por lo que el correo electrónico puede haber salido o no. No se reenvía automáticamente.</translation>
    </message>
    <message>
        <source>SendGrid could not be reached: %1</source>
        <translation>No se pudo conectar con SendGrid: %1</translation>
    </message>
    <message>
        <source>The SendGrid API key may not send mail: give it the &quot;Mail Send&quot; permission in SendGrid.</source>
        <translation>La API Key de SendGrid no tiene permiso para enviar correo: concédale el permiso &quot;Mail Send&quot; en SendGrid.</translation>
    </message>
</context>
<context>
    <name>cd::SendGridConfig</name>
    <message>
        <source>The SendGrid address &quot;%1&quot; must be just scheme, host and port (for example https://api.sendgrid.com). Correct CLINICDESK_SENDGRID_BASE_URL.</source>
        <translation>La dirección de SendGrid &quot;%1&quot; debe contener solo esquema, host y puerto (por ejemplo, https://api.sendgrid.com). Corrija CLINICDESK_SENDGRID_BASE_URL.</translation>
    </message>
    <message>
        <source>Refusing to talk to SendGrid over unencrypted http at %1: that would send the API key in the clear. Use an https address.</source>
        <translation>Se rechaza comunicarse con SendGrid por http sin cifrar en %1: eso enviaría la API Key sin protección. Use una dirección https.</translation>
    </message>
    <message>
        <source>The SendGrid address &quot;%1&quot; must start with https://.</source>
        <translation>La dirección de SendGrid &quot;%1&quot; debe empezar por https://.</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer, so SendGrid cannot be reached safely. Reinstall ClinicDesk or install OpenSSL.</source>
        <translation>Las conexiones seguras no están disponibles en este equipo, por lo que no se puede conectar con SendGrid de forma segura. Reinstale ClinicDesk o instale OpenSSL.</translation>
    </message>
    <message>
        <source>E-mail is not set up: enter the SendGrid API key in Settings (or set SENDGRID_API_KEY).</source>
        <translation>El correo electrónico no está configurado: introduzca la API Key de SendGrid en Configuración (o defina SENDGRID_API_KEY).</translation>
    </message>
    <message>
        <source>E-mail is not set up: enter the sender address (E-mail sender) in Settings (or set SENDGRID_FROM).</source>
        <translation>El correo electrónico no está configurado: introduzca la dirección del remitente (Remitente de correo electrónico) en Configuración (o defina SENDGRID_FROM).</translation>
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
    <message>
        <source>Empty: the built-in text. Fields: {first_name} {date} {time} {clinic_name} {location} {provider} {reason}. Never CANCEL, STOP or YES: ask for C to confirm and R to reschedule.</source>
        <translation>Vacío: el texto predeterminado. Campos: {first_name} {date} {time} {clinic_name} {location} {provider} {reason}. Nunca CANCEL, STOP ni YES: pida C para confirmar y R para reprogramar.</translation>
    </message>
    <message>
        <source>Clinic time zone</source>
        <translation>Zona horaria de la clínica</translation>
    </message>
    <message>
        <source>An IANA name such as America/New_York. Patients without their own zone get this one. Empty: this computer&apos;s zone.</source>
        <translation>Un nombre IANA como America/New_York. Los pacientes sin zona propia usan esta. Vacío: la zona de este equipo.</translation>
    </message>
    <message>
        <source>Text a confirmation when an appointment is booked</source>
        <translation>Enviar un mensaje de confirmación al programar una cita</translation>
    </message>
    <message>
        <source>On by default.</source>
        <translation>Activado de forma predeterminada.</translation>
    </message>
    <message>
        <source>Appointment reminders (hours before)</source>
        <translation>Recordatorios de cita (horas antes)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 48, 2 (the default); each between 0.25 and 840. &quot;none&quot;: no reminders.</source>
        <translation>Separados por comas, p. ej., 48, 2 (el valor predeterminado); cada uno entre 0.25 y 840. &quot;none&quot;: sin recordatorios.</translation>
    </message>
    <message>
        <source>Text a notice when an appointment is moved</source>
        <translation>Enviar un aviso cuando se cambia una cita</translation>
    </message>
    <message>
        <source>Text a notice when an appointment is cancelled</source>
        <translation>Enviar un aviso cuando se cancela una cita</translation>
    </message>
    <message>
        <source>Automatic texts from (patient&apos;s time)</source>
        <translation>Mensajes automáticos desde (hora del paciente)</translation>
    </message>
    <message>
        <source>Reminders and other automatic texts go out only between this time and the next one, in the patient&apos;s time zone. HH:MM, default 08:00.</source>
        <translation>Los recordatorios y otros mensajes automáticos solo salen entre esta hora y la siguiente, en la zona horaria del paciente. HH:MM, predeterminado 08:00.</translation>
    </message>
    <message>
        <source>Automatic texts until (patient&apos;s time)</source>
        <translation>Mensajes automáticos hasta (hora del paciente)</translation>
    </message>
    <message>
        <source>HH:MM, default 20:00; must be later than the start (otherwise 08:00-20:00 applies).</source>
        <translation>HH:MM, predeterminado 20:00; debe ser posterior al inicio (si no, se aplica 08:00-20:00).</translation>
    </message>
    <message>
        <source>Schedule reminders at Twilio this far ahead (hours)</source>
        <translation>Programar recordatorios en Twilio con esta antelación (horas)</translation>
    </message>
    <message>
        <source>With a Messaging Service, reminders are handed to Twilio this long before they are due, so an edit made offline can still catch them. Between 1 and 816 (34 days); default 72.</source>
        <translation>Con un Messaging Service, los recordatorios se entregan a Twilio con esta antelación, para que una modificación hecha sin conexión aún pueda alcanzarlos. Entre 1 y 816 (34 días); predeterminado 72.</translation>
    </message>
    <message>
        <source>Reminder grace period (minutes)</source>
        <translation>Período de gracia de recordatorios (minutos)</translation>
    </message>
    <message>
        <source>A reminder the desk could not send within this long after its time is shown as missed, not sent late. Between 1 and 240; default 30.</source>
        <translation>Un recordatorio que el puesto no pudo enviar dentro de este tiempo después de su hora se muestra como perdido, no se envía tarde. Entre 1 y 240; predeterminado 30.</translation>
    </message>
    <message>
        <source>Booking confirmation text (English)</source>
        <translation>Texto de confirmación de cita (inglés)</translation>
    </message>
    <message>
        <source>Booking confirmation text (Spanish)</source>
        <translation>Texto de confirmación de cita (español)</translation>
    </message>
    <message>
        <source>Reminder text (English)</source>
        <translation>Texto del recordatorio (inglés)</translation>
    </message>
    <message>
        <source>Reminder text (Spanish)</source>
        <translation>Texto del recordatorio (español)</translation>
    </message>
    <message>
        <source>New-time notice text (English)</source>
        <translation>Texto del aviso de nueva hora (inglés)</translation>
    </message>
    <message>
        <source>New-time notice text (Spanish)</source>
        <translation>Texto del aviso de nueva hora (español)</translation>
    </message>
    <message>
        <source>Cancellation notice text (English)</source>
        <translation>Texto del aviso de cancelación (inglés)</translation>
    </message>
    <message>
        <source>Cancellation notice text (Spanish)</source>
        <translation>Texto del aviso de cancelación (español)</translation>
    </message>
    <message>
        <source>Check for replies right after a send (seconds)</source>
        <translation>Buscar respuestas justo después de un envío (segundos)</translation>
    </message>
    <message>
        <source>Also while the open chat had activity in the last few minutes. Between 2 and 30 seconds.</source>
        <translation>También mientras el chat abierto tuvo actividad en los últimos minutos. Entre 2 y 30 segundos.</translation>
    </message>
    <message>
        <source>Longest wait after failed checks (seconds)</source>
        <translation>Espera máxima tras comprobaciones fallidas (segundos)</translation>
    </message>
    <message>
        <source>Failed checks double the wait up to this. Between 60 and 3600 seconds.</source>
        <translation>Las comprobaciones fallidas duplican la espera hasta este valor. Entre 60 y 3600 segundos.</translation>
    </message>
    <message>
        <source>Shared clinic database</source>
        <translation>Base de datos compartida de la clínica</translation>
    </message>
    <message>
        <source>Empty: this computer only (SQLite). For several desks: the clinic&apos;s PostgreSQL server, e.g. postgresql://clinicdesk@db.clinic.lan/clinicdesk?sslrootcert=/etc/clinicdesk/ca.pem. TLS with a verified server is required off this computer. Takes effect at the next start.</source>
        <translation>Vacío: solo este equipo (SQLite). Para varios puestos: el servidor PostgreSQL de la clínica, p. ej., postgresql://clinicdesk@db.clinic.lan/clinicdesk?sslrootcert=/etc/clinicdesk/ca.pem. Fuera de este equipo se requiere TLS con un servidor verificado. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Shared database password</source>
        <translation>Contraseña de la base de datos compartida</translation>
    </message>
    <message>
        <source>The PostgreSQL user&apos;s password. Kept in the system keychain only.</source>
        <translation>La contraseña del usuario de PostgreSQL. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>De 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>Daily database backups to keep</source>
        <translation>Copias de seguridad diarias de la base de datos que se conservan</translation>
    </message>
    <message>
        <source>ClinicDesk copies its database to the &quot;backups&quot; folder once a day and keeps this many copies. Between 1 and 365.</source>
        <translation>ClinicDesk copia su base de datos en la carpeta &quot;backups&quot; una vez al día y conserva esta cantidad de copias. Entre 1 y 365.</translation>
    </message>
    <message>
        <source>Hold unsent chat texts after (hours)</source>
        <translation>Retener mensajes de chat no enviados después de (horas)</translation>
    </message>
    <message>
        <source>A typed text that could not go out for this long is not sent by itself: the chat offers Send now or Discard. Between 1 and 72 hours.</source>
        <translation>Un mensaje escrito que no pudo salir durante este tiempo no se envía automáticamente: el chat ofrece Enviar ahora o Descartar. Entre 1 y 72 horas.</translation>
    </message>
    <message>
        <source>E-mail sender name</source>
        <translation>Nombre del remitente de correo electrónico</translation>
    </message>
    <message>
        <source>Optional. The From name of e-mails (the clinic name if empty).</source>
        <translation>Opcional. El nombre del remitente (From) de los correos electrónicos (el nombre de la clínica si está vacío).</translation>
    </message>
    <message>
        <source>Intake form reminder after (days)</source>
        <translation>Recordatorio del formulario de admisión después de (días)</translation>
    </message>
    <message>
        <source>One reminder text when a form is not completed after this many days, 1 to 14. 0 or empty: no reminder.</source>
        <translation>Un mensaje de recordatorio cuando un formulario no se ha completado después de esta cantidad de días, de 1 a 14. 0 o vacío: sin recordatorio.</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>The window hides every patient detail after this many minutes without use. Between 1 and 60.</source>
        <translation>La ventana oculta todos los datos de los pacientes después de esta cantidad de minutos sin uso. Entre 1 y 60.</translation>
    </message>
    <message>
        <source>Require staff sign-in</source>
        <translation>Exigir inicio de sesión del personal</translation>
    </message>
    <message>
        <source>Each person signs in with their name and PIN; otherwise the computer&apos;s account is the identity.</source>
        <translation>Cada persona inicia sesión con su nombre y PIN; de lo contrario, la cuenta del equipo es la identidad.</translation>
    </message>
    <message>
        <source>Shared database server</source>
        <translation>Servidor de la base de datos compartida</translation>
    </message>
    <message>
        <source>Empty: this computer only (SQLite). For several desks: the host name of the clinic&apos;s PostgreSQL server, e.g. db.clinic.lan. Takes effect at the next start.</source>
        <translation>Vacío: solo este equipo (SQLite). Para varios puestos: el nombre del servidor PostgreSQL de la clínica, p. ej., db.clinic.lan. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Empty: 5432, PostgreSQL&apos;s usual port. Between 1 and 65535.</source>
        <translation>Vacío: 5432, el puerto habitual de PostgreSQL. Entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>The clinic&apos;s database on that server. Empty: clinicdesk.</source>
        <translation>La base de datos de la clínica en ese servidor. Vacío: clinicdesk.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>The PostgreSQL role this desk signs in as, e.g. clinicdesk.</source>
        <translation>El rol de PostgreSQL con el que inicia sesión este puesto, p. ej., clinicdesk.</translation>
    </message>
    <message>
        <source>Server check (TLS)</source>
        <translation>Verificación del servidor (TLS)</translation>
    </message>
    <message>
        <source>verify-full (recommended): the server&apos;s certificate and name are checked. verify-ca: the certificate only. disable: no TLS, accepted only for a server on this computer.</source>
        <translation>verify-full (recomendado): se comprueban el certificado y el nombre del servidor. verify-ca: solo el certificado. disable: sin TLS, aceptado solo para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>Clinic CA certificate file</source>
        <translation>Archivo del certificado de CA de la clínica</translation>
    </message>
    <message>
        <source>The certificate (PEM) that signed the server&apos;s, from IT. Empty: ~/.postgresql/root.crt.</source>
        <translation>El certificado (PEM) que firmó el del servidor, proporcionado por TI. Vacío: ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server check. Use verify-full (recommended), verify-ca, or disable for a server on this computer.</source>
        <translation>&quot;%1&quot; no es una verificación del servidor. Use verify-full (recomendado), verify-ca o disable para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path. Choose the file with Browse…, or write its whole path, e.g. /etc/clinicdesk/ca.pem.</source>
        <translation>&quot;%1&quot; no es una ruta completa. Elija el archivo con Examinar… o escriba su ruta completa, p. ej., /etc/clinicdesk/ca.pem.</translation>
    </message>
</context>
<context>
    <name>cd::SettingsWriter</name>
    <message>
        <source>%1 is set by your IT department and cannot be changed here. Nothing was saved.</source>
        <translation type="vanished">%1 lo define su departamento de TI y no se puede cambiar aquí. No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log, so it was undone: %1</source>
        <translation>El cambio no se pudo registrar en el registro de auditoría, por lo que se deshizo: %1</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be changed here: Managed by your IT department (%3). Nothing was saved.</source>
        <translation>%1 (%2) no se puede cambiar aquí: Administrado por su departamento de TI (%3). No se guardó nada.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>directiva</translation>
    </message>
</context>
<context>
    <name>cd::StaffDirectory</name>
    <message>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation>No existe la cuenta de personal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only administrator. Make someone else an administrator first.</source>
        <translation>&quot;%1&quot; es el único administrador. Primero haga administrador a otra persona.</translation>
    </message>
    <message>
        <source>A PIN needs at least %1 characters.</source>
        <translation>Un PIN necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A staff account needs a name.</source>
        <translation>Una cuenta de personal necesita un nombre.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is not known; use admin or staff.</source>
        <translation>El rol &quot;%1&quot; no es conocido; use admin o staff.</translation>
    </message>
    <message>
        <source>There is already a staff account &quot;%1&quot;.</source>
        <translation>Ya existe una cuenta de personal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator.</source>
        <translation>La cuenta &quot;%1&quot; está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: &quot;%1&quot; is locked until %2.</source>
        <translation>Demasiados PIN incorrectos: &quot;%1&quot; está bloqueada hasta %2.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: &quot;%1&quot; is locked until %2.</source>
        <translation>PIN incorrecto. Demasiados PIN incorrectos: &quot;%1&quot; está bloqueada hasta %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for &quot;%1&quot;. %n more tries before the account is locked.</source>
        <translation>
            <numerusform>PIN incorrecto para &quot;%1&quot;. Queda %n intento antes de que se bloquee la cuenta.</numerusform>
            <numerusform>PIN incorrecto para &quot;%1&quot;. Quedan %n intentos antes de que se bloquee la cuenta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SyncEngine</name>
    <message>
        <source>another desk</source>
        <translation>otro puesto</translation>
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
        <translation type="vanished">, bloqueado por TI</translation>
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
        <translation type="vanished">no se puede leer la entrada estándar.</translation>
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
        <translation type="vanished">Se importaron %1 pacientes y se omitieron %2 filas.</translation>
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
        <translation type="vanished">Muestra una conversación, de la más antigua a la más reciente, con el estado y el error de cada mensaje.</translation>
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
        <translation type="vanished">El texto que se enviará (obligatorio).</translation>
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
        <translation type="vanished">Escriba líneas NOMBRE=VALOR (p.&#xa0;ej. TWILIO_ACCOUNT_SID=AC…) y luego presione Ctrl-D (Ctrl-Z y Enter en Windows).</translation>
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
    <message>
        <source>--at &quot;%1&quot; is not a time; use YYYY-MM-DDTHH:MM.</source>
        <translation>--at &quot;%1&quot; no es una hora; use YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip that hour). Pick another time.</source>
        <translation>%1 no existe en %2 (los relojes se saltan esa hora). Elija otra hora.</translation>
    </message>
    <message>
        <source>give one appointment ID.</source>
        <translation>indique un ID de cita.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment ID.</source>
        <translation>&quot;%1&quot; no es un ID de cita.</translation>
    </message>
    <message>
        <source>#%1 patient %2, %3 (%4), %5 min, %6</source>
        <translation>#%1 paciente %2, %3 (%4), %5 min, %6</translation>
    </message>
    <message>
        <source>clinicdesk-cli %1: saved; the notifications wait for the connection: %2</source>
        <translation>clinicdesk-cli %1: guardado; las notificaciones esperan a la conexión: %2</translation>
    </message>
    <message>
        <source>Patient ID (required).</source>
        <translation>ID del paciente (obligatorio).</translation>
    </message>
    <message>
        <source>Minutes (default 30).</source>
        <translation>Minutos (predeterminado 30).</translation>
    </message>
    <message>
        <source>Who sees the patient.</source>
        <translation>Quién atiende al paciente.</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Dónde.</translation>
    </message>
    <message>
        <source>Why (never put in a text unless a template asks).</source>
        <translation>Motivo (nunca se incluye en un mensaje salvo que una plantilla lo pida).</translation>
    </message>
    <message>
        <source>Book an appointment and plan its notifications.</source>
        <translation>Programar una cita y planificar sus notificaciones.</translation>
    </message>
    <message>
        <source>--patient and --at are required.</source>
        <translation>--patient y --at son obligatorios.</translation>
    </message>
    <message>
        <source>--patient &quot;%1&quot; is not a patient ID.</source>
        <translation>--patient &quot;%1&quot; no es un ID de paciente.</translation>
    </message>
    <message>
        <source>--duration &quot;%1&quot; is not a number of minutes.</source>
        <translation>--duration &quot;%1&quot; no es un número de minutos.</translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a time zone; use an IANA name such as America/New_York.</source>
        <translation>--tz &quot;%1&quot; no es una zona horaria; use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>Only this patient.</source>
        <translation>Solo este paciente.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, clinic time).</source>
        <translation>Desde este día (YYYY-MM-DD, hora de la clínica).</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Hasta este día, inclusive.</translation>
    </message>
    <message>
        <source>List appointments with their notifications.</source>
        <translation>Listar las citas con sus notificaciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; no es una fecha; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>No hay citas.</translation>
    </message>
    <message>
        <source>Show one appointment and its notifications.</source>
        <translation>Muestra una cita y sus notificaciones.</translation>
    </message>
    <message>
        <source>Move an appointment: its reminders are cancelled and planned again.</source>
        <translation>Mueve una cita: sus recordatorios se cancelan y se vuelven a programar.</translation>
    </message>
    <message>
        <source>--at is required.</source>
        <translation>--at es obligatorio.</translation>
    </message>
    <message>
        <source>Cancel an appointment: its reminders are cancelled, the patient is told.</source>
        <translation>Cancela una cita: sus recordatorios se cancelan y se avisa al paciente.</translation>
    </message>
    <message>
        <source>Mark an appointment confirmed (the patient confirmed by phone).</source>
        <translation>Marca una cita como confirmada (el paciente confirmó por teléfono).</translation>
    </message>
    <message>
        <source>Book an appointment (--patient, --at, --tz, --duration, --provider, --location).</source>
        <translation>Agenda una cita (--patient, --at, --tz, --duration, --provider, --location).</translation>
    </message>
    <message>
        <source>List appointments (--patient, --from, --to).</source>
        <translation>Lista las citas (--patient, --from, --to).</translation>
    </message>
    <message>
        <source>Show one appointment.</source>
        <translation>Muestra una cita.</translation>
    </message>
    <message>
        <source>Move an appointment (--at, --tz).</source>
        <translation>Mueve una cita (--at, --tz).</translation>
    </message>
    <message>
        <source>Cancel an appointment.</source>
        <translation>Cancela una cita.</translation>
    </message>
    <message>
        <source>Mark an appointment confirmed.</source>
        <translation>Marca una cita como confirmada.</translation>
    </message>
    <message>
        <source>Check that no audit row was changed, deleted or inserted out of order.</source>
        <translation>Comprueba que ninguna fila de auditoría se haya modificado, eliminado o insertado fuera de orden.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>El registro de auditoría fue alterado: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n rows checked.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: se comprobó %n fila.</numerusform>
            <numerusform>El registro de auditoría está intacto: se comprobaron %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows were written before rows were chained and cannot be checked.</source>
        <translation>
            <numerusform>La primera fila (%n) se escribió antes de que las filas se encadenaran y no se puede comprobar.</numerusform>
            <numerusform>Las primeras %n filas se escribieron antes de que las filas se encadenaran y no se pueden comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rows about patient ID.</source>
        <translation>Solo filas sobre el paciente ID.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD), inclusive.</source>
        <translation>Desde este día (AAAA-MM-DD), inclusive.</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD), inclusive.</source>
        <translation>Hasta este día (AAAA-MM-DD), inclusive.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv o json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Export audit rows as CSV or JSON (every export is itself audited).</source>
        <translation>Exporta filas de auditoría como CSV o JSON (cada exportación también queda auditada).</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format debe ser csv o json.</translation>
    </message>
    <message>
        <source>--patient needs a patient number, not &quot;%1&quot;.</source>
        <translation>--patient necesita un número de paciente, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-03-31, not &quot;%2&quot;.</source>
        <translation>--%1 necesita una fecha como 2026-03-31, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from es posterior a --to.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>standard output cannot be written.</source>
        <translation>no se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain.</source>
        <translation>Comprueba la cadena de hashes del registro de auditoría.</translation>
    </message>
    <message>
        <source>Export audit rows (--patient ID, --from/--to DATE, --format csv|json).</source>
        <translation>Exporta filas de auditoría (--patient ID, --from/--to DATE, --format csv|json).</translation>
    </message>
    <message>
        <source>Clock: this computer&apos;s clock is %1. Set the date, time and time zone correctly (or turn on automatic time); messages are still never sent twice.</source>
        <translation>Reloj: el reloj de esta computadora está %1. Configure correctamente la fecha, la hora y la zona horaria (o active la hora automática); aun así, los mensajes nunca se envían dos veces.</translation>
    </message>
    <message>
        <source>SendGrid e-mail: OK (the key may send mail).</source>
        <translation>Correo electrónico de SendGrid: OK (la clave puede enviar correo).</translation>
    </message>
    <message>
        <source>SendGrid e-mail: %1</source>
        <translation>Correo electrónico de SendGrid: %1</translation>
    </message>
    <message>
        <source>Managed by your IT department:</source>
        <translation>Administrado por su departamento de TI:</translation>
    </message>
    <message>
        <source>(clinic-wide settings not read: %1)</source>
        <translation>(no se leyó la configuración de toda la clínica: %1)</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>Administrado por su departamento de TI</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Other accounts on this computer can read patient data: %1. Start ClinicDesk once (it makes its own files owner-only) or run chmod go-rwx on them.</source>
        <translation>Otras cuentas de esta computadora pueden leer datos de pacientes: %1. Inicie ClinicDesk una vez (hace que sus propios archivos sean solo del propietario) o ejecute chmod go-rwx sobre ellos.</translation>
    </message>
    <message>
        <source>Disk encryption: %1. Clinics must use full-disk encryption (LUKS, BitLocker, FileVault).</source>
        <translation>Cifrado de disco: %1. Las clínicas deben usar cifrado de disco completo (LUKS, BitLocker, FileVault).</translation>
    </message>
    <message>
        <source>Disk encryption: cannot tell (%1). Clinics must use full-disk encryption.</source>
        <translation>Cifrado de disco: no se puede determinar (%1). Las clínicas deben usar cifrado de disco completo.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backups folder).</source>
        <translation>Dónde escribir la copia (predeterminado: la carpeta de copias de seguridad).</translation>
    </message>
    <message>
        <source>Copy the database, consistently, while ClinicDesk may be running.</source>
        <translation>Copia la base de datos de forma consistente, aunque ClinicDesk esté en ejecución.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que se restaurará.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. Refused while ClinicDesk (the app or a scheduled job) has the database open; the current database is kept in the backups folder.</source>
        <translation>Reemplaza la base de datos con una copia de seguridad. Se rechaza mientras ClinicDesk (la aplicación o una tarea programada) tenga abierta la base de datos; la base de datos actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>give the backup FILE to restore.</source>
        <translation>indique el FILE de la copia de seguridad que se restaurará.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The previous database is kept in %3.</source>
        <translation>Se restauró %1 desde %2. La base de datos anterior se conserva en %3.</translation>
    </message>
    <message>
        <source>Check the database for damage (PRAGMA quick_check), reading only.</source>
        <translation>Comprueba si la base de datos está dañada (PRAGMA quick_check), solo con lectura.</translation>
    </message>
    <message>
        <source>The database %1 is intact.</source>
        <translation>La base de datos %1 está intacta.</translation>
    </message>
    <message>
        <source>Copy the database (to FILE or the backups folder).</source>
        <translation>Copia la base de datos (a FILE o a la carpeta de copias de seguridad).</translation>
    </message>
    <message>
        <source>Replace the database with a backup FILE.</source>
        <translation>Reemplaza la base de datos con una copia de seguridad FILE.</translation>
    </message>
    <message>
        <source>Check the database for damage.</source>
        <translation>Comprueba si la base de datos está dañada.</translation>
    </message>
    <message>
        <source>Show the database, engine, versions, TLS, connection and poller.</source>
        <translation>Muestra la base de datos, el motor, las versiones, TLS, la conexión y el sondeador.</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database to the clinic&apos;s server (--to URL).</source>
        <translation>Copia la base de datos de este puesto al servidor de la clínica (--to URL).</translation>
    </message>
    <message>
        <source>The clinic database is on a server (%1). Back it up, restore and check it with the server&apos;s own tools: pg_dump, pg_restore, and the server&apos;s monitoring (see README, &quot;Shared clinic database&quot;).</source>
        <translation>La base de datos de la clínica está en un servidor (%1). Haga la copia de seguridad, la restauración y la comprobación con las herramientas propias del servidor: pg_dump, pg_restore y la supervisión del servidor (consulte README, &quot;Shared clinic database&quot;).</translation>
    </message>
    <message>
        <source>Show which database this desk uses: engine, versions, TLS, connection and which desk reads Twilio for the clinic.</source>
        <translation>Muestra qué base de datos usa este puesto: motor, versiones, TLS, conexión y qué puesto lee Twilio para la clínica.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Base de datos:   %1</translation>
    </message>
    <message>
        <source>Engine:          %1</source>
        <translation>Motor:           %1</translation>
    </message>
    <message>
        <source>PostgreSQL (shared clinic database)</source>
        <translation>PostgreSQL (base de datos compartida de la clínica)</translation>
    </message>
    <message>
        <source>SQLite (this computer only)</source>
        <translation>SQLite (solo esta computadora)</translation>
    </message>
    <message>
        <source>Connection:      %1</source>
        <translation>Conexión:        %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>NOT connected</source>
        <translation>NO conectado</translation>
    </message>
    <message>
        <source>Error:           %1</source>
        <translation>Error:           %1</translation>
    </message>
    <message>
        <source>Server version:  %1</source>
        <translation>Versión del servidor: %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this ClinicDesk understands up to %2)</source>
        <translation>Versión del esquema: %1 (este ClinicDesk entiende hasta la %2)</translation>
    </message>
    <message>
        <source>TLS:             %1</source>
        <translation>TLS:             %1</translation>
    </message>
    <message>
        <source>Twilio poller:   %1</source>
        <translation>Sondeador de Twilio: %1</translation>
    </message>
    <message>
        <source>none right now (the next desk to check takes it)</source>
        <translation>ninguno por ahora (lo toma el próximo puesto que consulte)</translation>
    </message>
    <message>
        <source>%1 (lease epoch %2)</source>
        <translation>%1 (época de concesión %2)</translation>
    </message>
    <message>
        <source>The clinic&apos;s empty PostgreSQL database.</source>
        <translation>La base de datos PostgreSQL vacía de la clínica.</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database (SQLite) to the clinic&apos;s shared PostgreSQL database, then verify row counts and checksums. The SQLite file is only read; a server that already holds data is refused.</source>
        <translation>Copia la base de datos de este puesto (SQLite) a la base de datos PostgreSQL compartida de la clínica y luego verifica los recuentos de filas y las sumas de comprobación. El archivo SQLite solo se lee; se rechaza un servidor que ya contenga datos.</translation>
    </message>
    <message>
        <source>give the server with --to postgresql://USER@HOST/DATABASE.</source>
        <translation>indique el servidor con --to postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>This desk already uses the clinic database %1: there is nothing to move. Use --data-dir to name the folder of the SQLite database to copy.</source>
        <translation>Este puesto ya usa la base de datos de la clínica %1: no hay nada que mover. Use --data-dir para indicar la carpeta de la base de datos SQLite que se copiará.</translation>
    </message>
    <message>
        <source>Copied and verified %1 rows in %2 tables in %3 s (row counts and checksums match). The SQLite file was not changed. Point every desk at the server: Settings &gt; Storage, or clinicdesk-cli config set storage/databaseUrl &quot;%4&quot;.</source>
        <translation>Se copiaron y verificaron %1 filas en %2 tablas en %3 s (los recuentos de filas y las sumas de comprobación coinciden). El archivo SQLite no se modificó. Configure cada puesto para usar el servidor: Configuración &gt; Almacenamiento, o clinicdesk-cli config set storage/databaseUrl &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Check Twilio every SEC seconds (2-3600; default: the settings&apos; schedule).</source>
        <translation>Consulta Twilio cada SEC segundos (2-3600; predeterminado: la programación de la configuración).</translation>
    </message>
    <message>
        <source>Stop after SEC seconds (default: until stopped).</source>
        <translation>Se detiene después de SEC segundos (predeterminado: hasta que se detenga).</translation>
    </message>
    <message>
        <source>Run as a desk without a window: send what is queued, read replies and delivery statuses (on a shared database only the desk holding the poller lease reads them), until stopped with Ctrl+C or SIGTERM.</source>
        <translation>Se ejecuta como un puesto sin ventana: envía lo que está en cola, lee las respuestas y los estados de entrega (en una base de datos compartida solo los lee el puesto que tiene la concesión del sondeador), hasta que se detiene con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 2 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval debe ser un número de segundos de 2 a 3600, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--for must be a positive number of seconds, not &quot;%1&quot;.</source>
        <translation>--for debe ser un número positivo de segundos, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent %1, new replies %2, status updates %3.</source>
        <translation>Enviados %1, respuestas nuevas %2, actualizaciones de estado %3.</translation>
    </message>
    <message>
        <source>Replies are read by %1.</source>
        <translation>Las respuestas las lee %1.</translation>
    </message>
    <message>
        <source>The clinic database is reachable again.</source>
        <translation>La base de datos de la clínica vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>The connection to the clinic database was lost; trying again.</source>
        <translation>Se perdió la conexión con la base de datos de la clínica; se está reintentando.</translation>
    </message>
    <message>
        <source>Run as a desk without a window until stopped.</source>
        <translation>Se ejecuta como un puesto sin ventana hasta que se detenga.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object, e.g. {&quot;first&quot;: &quot;…&quot;, &quot;last&quot;: &quot;…&quot;, &quot;phone&quot;: &quot;…&quot;} (%2).</source>
        <translation type="vanished">%1 debe contener un objeto JSON, p. ej. {&quot;first&quot;: &quot;…&quot;, &quot;last&quot;: &quot;…&quot;, &quot;phone&quot;: &quot;…&quot;} (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Intake send %1: %2, %3, %4</source>
        <translation>Envío de admisión %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Not confirmed yet: a channel has no answer yet; it is never sent twice.</source>
        <translation>Aún no confirmado: un canal todavía no tiene respuesta; nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation>El nombre de la plantilla.</translation>
    </message>
    <message>
        <source>sms or email+sms (default sms).</source>
        <translation>sms o email+sms (predeterminado sms).</translation>
    </message>
    <message>
        <source>Send an intake form link. Exit 0 when every requested channel was accepted, 1 when refused (the reason on stderr), 3 when a channel is not confirmed yet.</source>
        <translation>Envía un enlace a un formulario de admisión. Sale con 0 cuando se aceptaron todos los canales solicitados, 1 cuando se rechazó (el motivo en stderr), 3 cuando un canal aún no está confirmado.</translation>
    </message>
    <message>
        <source>--patient ID is required (a positive number).</source>
        <translation>--patient ID es obligatorio (un número positivo).</translation>
    </message>
    <message>
        <source>--template NAME is required (see &quot;intake templates&quot;).</source>
        <translation>--template NAME es obligatorio (consulte &quot;intake templates&quot;).</translation>
    </message>
    <message>
        <source>--channel must be sms or email+sms.</source>
        <translation>--channel debe ser sms o email+sms.</translation>
    </message>
    <message>
        <source>List the forms sent to a patient, newest first.</source>
        <translation>Lista los formularios enviados a un paciente, los más recientes primero.</translation>
    </message>
    <message>
        <source>No forms were sent to this patient.</source>
        <translation>No se enviaron formularios a este paciente.</translation>
    </message>
    <message>
        <source>sms or email: the channel to repeat.</source>
        <translation>sms o email: el canal que se repetirá.</translation>
    </message>
    <message>
        <source>Resend an e-mail that is &quot;not confirmed&quot; (it may have arrived already).</source>
        <translation>Reenvía un correo electrónico &quot;no confirmado&quot; (puede que ya haya llegado).</translation>
    </message>
    <message>
        <source>The send&apos;s id (see &quot;intake list&quot;).</source>
        <translation>El id del envío (consulte &quot;intake list&quot;).</translation>
    </message>
    <message>
        <source>Repeat one channel of a send that failed; the other channel is not repeated.</source>
        <translation>Repite un canal de un envío que falló; el otro canal no se repite.</translation>
    </message>
    <message>
        <source>give the SEND_ID (a positive number).</source>
        <translation>indique el SEND_ID (un número positivo).</translation>
    </message>
    <message>
        <source>--channel must be sms or email.</source>
        <translation>--channel debe ser sms o email.</translation>
    </message>
    <message>
        <source>Mark a send&apos;s form as completed.</source>
        <translation>Marca el formulario de un envío como completado.</translation>
    </message>
    <message>
        <source>Cancel a send that has not gone out yet.</source>
        <translation>Cancela un envío que aún no ha salido.</translation>
    </message>
    <message>
        <source>List, add, change or remove form templates.</source>
        <translation>Lista, agrega, modifica o elimina plantillas de formularios.</translation>
    </message>
    <message>
        <source>Send a form link by SMS or by e-mail and SMS.</source>
        <translation>Envía un enlace a un formulario por SMS o por correo electrónico y SMS.</translation>
    </message>
    <message>
        <source>The forms sent to a patient, newest first.</source>
        <translation>Los formularios enviados a un paciente, los más recientes primero.</translation>
    </message>
    <message>
        <source>Repeat the channel that failed.</source>
        <translation>Repite el canal que falló.</translation>
    </message>
    <message>
        <source>Mark a form completed.</source>
        <translation>Marca un formulario como completado.</translation>
    </message>
    <message>
        <source>Cancel a send that has not gone out.</source>
        <translation>Cancela un envío que no ha salido.</translation>
    </message>
    <message>
        <source>One pass of e-mails due, follow-ups and status checks (for cron, Task Scheduler, launchd).</source>
        <translation>Una pasada de correos electrónicos pendientes, seguimientos y comprobaciones de estado (para cron, Programador de tareas, launchd).</translation>
    </message>
    <message>
        <source>Send the e-mails that wait (rate limit over, network back), the follow-up texts that are due (outside quiet hours), and ask the forms&apos; status URLs. Safe to run often and in several processes at once, also while the program runs: each item is done by one process.</source>
        <translation>Envía los correos electrónicos en espera (límite de frecuencia superado, red restablecida), los mensajes de seguimiento pendientes (fuera del horario de silencio) y consulta las URL de estado de los formularios. Se puede ejecutar a menudo y en varios procesos a la vez, también mientras el programa está en ejecución: cada elemento lo procesa un solo proceso.</translation>
    </message>
    <message>
        <source>E-mails sent %1, failed %2; follow-ups sent %3, waiting for allowed hours %4; status checks %5; completed %6.</source>
        <translation>Correos electrónicos enviados %1, fallidos %2; seguimientos enviados %3, en espera del horario permitido %4; comprobaciones de estado %5; completados %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) failed or are not confirmed: see &quot;intake list&quot;.</source>
        <translation>
            <numerusform>%n correo electrónico falló o no está confirmado: consulte &quot;intake list&quot;.</numerusform>
            <numerusform>%n correos electrónicos fallaron o no están confirmados: consulte &quot;intake list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the intake form templates (name, languages, URL, channels possible).</source>
        <translation>Lista las plantillas de formularios de admisión (nombre, idiomas, URL, canales posibles).</translation>
    </message>
    <message>
        <source>(example address: set the clinic&apos;s form address)</source>
        <translation>(dirección de ejemplo: configure la dirección del formulario de la clínica)</translation>
    </message>
    <message>
        <source>The form address (https, with {token}).</source>
        <translation>La dirección del formulario (https, con {token}).</translation>
    </message>
    <message>
        <source>The text message, with {link}.</source>
        <translation>El mensaje de texto, con {link}.</translation>
    </message>
    <message>
        <source>The e-mail subject.</source>
        <translation>El asunto del correo electrónico.</translation>
    </message>
    <message>
        <source>The e-mail body, with {link}.</source>
        <translation>El cuerpo del correo electrónico, con {link}.</translation>
    </message>
    <message>
        <source>Optional completion status address (https, with {token}).</source>
        <translation>Dirección opcional del estado de finalización (https, con {token}).</translation>
    </message>
    <message>
        <source>The language of the texts: en (default) or es.</source>
        <translation>El idioma de los textos: en (predeterminado) o es.</translation>
    </message>
    <message>
        <source>Add or change an intake form template (the editor&apos;s checks apply).</source>
        <translation>Agrega o modifica una plantilla de formulario de admisión (se aplican las comprobaciones del editor).</translation>
    </message>
    <message>
        <source>give the template&apos;s NAME (quote it when it has spaces).</source>
        <translation>indique el NAME de la plantilla (entre comillas si tiene espacios).</translation>
    </message>
    <message>
        <source>--url URL is required for a new template.</source>
        <translation>--url URL es obligatorio para una plantilla nueva.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; added.</source>
        <translation>Plantilla &quot;%1&quot; agregada.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; changed.</source>
        <translation>Plantilla &quot;%1&quot; modificada.</translation>
    </message>
    <message>
        <source>Remove an intake form template.</source>
        <translation>Elimina una plantilla de formulario de admisión.</translation>
    </message>
    <message>
        <source>give the template&apos;s NAME.</source>
        <translation>indique el NAME de la plantilla.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; removed.</source>
        <translation>Plantilla &quot;%1&quot; eliminada.</translation>
    </message>
    <message>
        <source>Add or change a template.</source>
        <translation>Agrega o modifica una plantilla.</translation>
    </message>
    <message>
        <source>Remove a template.</source>
        <translation>Elimina una plantilla.</translation>
    </message>
    <message>
        <source>give the id of the message to cancel: messages cancel ID.</source>
        <translation>indique el id del mensaje que se cancelará: messages cancel ID.</translation>
    </message>
    <message>
        <source>the message id must be a positive number (see &quot;messages --patient ID&quot;).</source>
        <translation>el id del mensaje debe ser un número positivo (consulte &quot;messages --patient ID&quot;).</translation>
    </message>
    <message>
        <source>cancel ID: stop a message that has not gone out yet (or one scheduled at Twilio).</source>
        <translation>cancel ID: detiene un mensaje que aún no ha salido (o uno programado en Twilio).</translation>
    </message>
    <message>
        <source>Show a conversation, oldest first, with each message&apos;s status and error. &quot;messages search TEXT&quot; finds messages in every conversation, newest first.</source>
        <translation>Muestra una conversación, los más antiguos primero, con el estado y el error de cada mensaje. &quot;messages search TEXT&quot; busca mensajes en todas las conversaciones, los más recientes primero.</translation>
    </message>
    <message>
        <source>attachment: %1</source>
        <translation>adjunto: %1</translation>
    </message>
    <message>
        <source>give the text to search for: messages search TEXT.</source>
        <translation>indique el texto que se buscará: messages search TEXT.</translation>
    </message>
    <message>
        <source>unmatched %1</source>
        <translation>sin asociar %1</translation>
    </message>
    <message>
        <source>%1 (patient %2)</source>
        <translation>%1 (paciente %2)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>No messages contain &quot;%1&quot;.</source>
        <translation>Ningún mensaje contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read the details from a JSON object in FILE (- for standard input) with the option names as keys, keeping them out of the process list.</source>
        <translation>Lee los datos de un objeto JSON en FILE (- para la entrada estándar) con los nombres de las opciones como claves, para que no aparezcan en la lista de procesos.</translation>
    </message>
    <message>
        <source>--from-file holds all the details; do not also give --%1.</source>
        <translation>--from-file contiene todos los datos; no indique también --%1.</translation>
    </message>
    <message>
        <source>Export a patient&apos;s communication record (--format pdf|csv).</source>
        <translation>Exporta el registro de comunicaciones de un paciente (--format pdf|csv).</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf o csv.</translation>
    </message>
    <message>
        <source>Write to FILE (required for pdf; csv goes to standard output without it).</source>
        <translation>Escribe en FILE (obligatorio para pdf; sin él, csv va a la salida estándar).</translation>
    </message>
    <message>
        <source>Export a patient&apos;s communication record: every message, intake form and appointment reminder with times and states (audited).</source>
        <translation>Exporta el registro de comunicaciones de un paciente: cada mensaje, formulario de admisión y recordatorio de cita con horas y estados (auditado).</translation>
    </message>
    <message>
        <source>give one patient number.</source>
        <translation>indique un número de paciente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patient number.</source>
        <translation>&quot;%1&quot; no es un número de paciente.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv.</source>
        <translation>--format debe ser pdf o csv.</translation>
    </message>
    <message>
        <source>a PDF needs --output FILE.</source>
        <translation>un PDF necesita --output FILE.</translation>
    </message>
    <message>
        <source>this build has no PDF support (built without Qt GUI); use --format csv.</source>
        <translation>esta compilación no admite PDF (se compiló sin Qt GUI); use --format csv.</translation>
    </message>
    <message>
        <source>cannot write the record: %1</source>
        <translation>no se puede escribir el registro: %1</translation>
    </message>
    <message>
        <source>Send due appointment reminders, schedule the next ones at Twilio, cancel what changed. Safe to run often and in several processes at once.</source>
        <translation>Envía los recordatorios de citas pendientes, programa los siguientes en Twilio y cancela lo que cambió. Se puede ejecutar a menudo y en varios procesos a la vez.</translation>
    </message>
    <message>
        <source>Scheduled %1, sent %2, cancelled %3, skipped %4, missed %5.</source>
        <translation>Programados %1, enviados %2, cancelados %3, omitidos %4, perdidos %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) failed.</source>
        <translation>
            <numerusform>%n recordatorio falló.</numerusform>
            <numerusform>%n recordatorios fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>One reminders pass (for cron, Task Scheduler, launchd).</source>
        <translation>Una pasada de recordatorios (para cron, Programador de tareas, launchd).</translation>
    </message>
    <message>
        <source>Could not read the message from standard input.</source>
        <translation>No se pudo leer el mensaje de la entrada estándar.</translation>
    </message>
    <message>
        <source>The message on standard input is not UTF-8 text.</source>
        <translation>El mensaje de la entrada estándar no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The message on standard input is empty.</source>
        <translation>El mensaje de la entrada estándar está vacío.</translation>
    </message>
    <message>
        <source>The text to send (required); &quot;-&quot; reads it from standard input, which keeps health details out of the shell history.</source>
        <translation>El texto que se enviará (obligatorio); &quot;-&quot; lo lee de la entrada estándar, lo que mantiene los datos de salud fuera del historial del shell.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>no PIN on standard input.</source>
        <translation>no hay PIN en la entrada estándar.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>El mismo PIN otra vez: </translation>
    </message>
    <message>
        <source>the two PINs differ; nothing was changed.</source>
        <translation>los dos PIN no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>admin or staff (default staff; the first is admin).</source>
        <translation>admin o staff (predeterminado staff; la primera es admin).</translation>
    </message>
    <message>
        <source>Add a staff account. The PIN is read from standard input.</source>
        <translation>Agrega una cuenta del personal. El PIN se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>give the account&apos;s name (quote it if it has spaces).</source>
        <translation>indique el nombre de la cuenta (entre comillas si tiene espacios).</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se agregó %1 (%2).</translation>
    </message>
    <message>
        <source>List the staff accounts.</source>
        <translation>Lista las cuentas del personal.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>Disable a staff account.</source>
        <translation>Deshabilita una cuenta del personal.</translation>
    </message>
    <message>
        <source>Enable a staff account again.</source>
        <translation>Vuelve a habilitar una cuenta del personal.</translation>
    </message>
    <message>
        <source>give one account name or number.</source>
        <translation>indique un nombre o número de cuenta.</translation>
    </message>
    <message>
        <source>Set a new PIN (read from standard input) and lift any lockout.</source>
        <translation>Establece un PIN nuevo (leído de la entrada estándar) y quita cualquier bloqueo.</translation>
    </message>
    <message>
        <source>Make an account an administrator or ordinary staff.</source>
        <translation>Convierte una cuenta en administrador o en personal común.</translation>
    </message>
    <message>
        <source>give one account name or number and the role (admin or staff).</source>
        <translation>indique un nombre o número de cuenta y el rol (admin o staff).</translation>
    </message>
    <message>
        <source>Add a staff account (PIN on standard input).</source>
        <translation>Agrega una cuenta del personal (PIN en la entrada estándar).</translation>
    </message>
    <message>
        <source>List staff accounts.</source>
        <translation>Lista las cuentas del personal.</translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation>Deshabilita una cuenta.</translation>
    </message>
    <message>
        <source>Enable an account again.</source>
        <translation>Vuelve a habilitar una cuenta.</translation>
    </message>
    <message>
        <source>Set a new PIN and lift a lockout.</source>
        <translation>Establece un PIN nuevo y quita un bloqueo.</translation>
    </message>
    <message>
        <source>Change an account&apos;s role (admin or staff).</source>
        <translation>Cambia el rol de una cuenta (admin o staff).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s).</source>
        <translation>
            <numerusform>Se importó %n paciente.</numerusform>
            <numerusform>Se importaron %n pacientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s).</source>
        <translation>
            <numerusform>Se omitió %n fila.</numerusform>
            <numerusform>Se omitieron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter NAME=VALUE lines (e.g. TWILIO_ACCOUNT_SID=AC…); what you type is not shown. Finish with an empty line.</source>
        <translation>Escriba líneas NOMBRE=VALOR (p. ej. TWILIO_ACCOUNT_SID=AC…); lo que escriba no se muestra. Termine con una línea vacía.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object, e.g. %2 (%3).</source>
        <translation>%1 debe contener un objeto JSON, p. ej., %2 (%3).</translation>
    </message>
    <message>
        <source>Read the details from a JSON file, or - for standard input: {&quot;patient&quot;: ID, &quot;template&quot;: &quot;NAME&quot;, &quot;channel&quot;: &quot;sms&quot;} (nothing in the process list).</source>
        <translation>Lee los datos de un archivo JSON, o - para la entrada estándar: {&quot;patient&quot;: ID, &quot;template&quot;: &quot;NAME&quot;, &quot;channel&quot;: &quot;sms&quot;} (nada en la lista de procesos).</translation>
    </message>
    <message>
        <source>give the details either in --from-file or as options, not both.</source>
        <translation>indique los datos en --from-file o como opciones, no de las dos formas.</translation>
    </message>
    <message>
        <source>The administrator making the change; their PIN is read first from standard input.</source>
        <translation>El administrador que hace el cambio; su PIN se lee primero de la entrada estándar.</translation>
    </message>
    <message>
        <source>changing staff accounts needs an administrator: add --as NAME with an administrator&apos;s name; their PIN is asked first.</source>
        <translation>cambiar cuentas del personal requiere un administrador: agregue --as NOMBRE con el nombre de un administrador; primero se pide su PIN.</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN: </source>
        <translation>PIN del administrador: </translation>
    </message>
    <message>
        <source>no administrator&apos;s PIN on standard input.</source>
        <translation>no hay PIN del administrador en la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 is not an administrator; ask one to make this change.</source>
        <translation>%1 no es administrador; pida a uno que haga este cambio.</translation>
    </message>
</context>
<context>
    <name>cd::cli::Options</name>
    <message>
        <source>Local start time, YYYY-MM-DDTHH:MM (in --tz).</source>
        <translation>Hora local de inicio, AAAA-MM-DDTHH:MM (en --tz).</translation>
    </message>
    <message>
        <source>IANA time zone of --at (default: the patient&apos;s).</source>
        <translation>Zona horaria IANA de --at (predeterminado: la del paciente).</translation>
    </message>
</context>
<context>
    <name>cd::ui</name>
    <message>
        <source>Booked, not confirmed</source>
        <translation>Agendada, sin confirmar</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmada</translation>
    </message>
    <message>
        <source>⚠ Needs reschedule</source>
        <translation>⚠ Requiere reprogramación</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Scheduled at Twilio</source>
        <translation>Programado en Twilio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Enviado</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Entregado</translation>
    </message>
    <message>
        <source>⚠ Failed</source>
        <translation>⚠ Falló</translation>
    </message>
    <message>
        <source>⚠ Skipped</source>
        <translation>⚠ Omitido</translation>
    </message>
    <message>
        <source>⚠ Missed</source>
        <translation>⚠ Perdido</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>Confirmación de cita</translation>
    </message>
    <message>
        <source>New-time notice</source>
        <translation>Aviso de nuevo horario</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Confirms an appointment: several are pending, choose which in View → Today</source>
        <translation>Confirma una cita: hay varias pendientes; elija cuál en Ver → Hoy</translation>
    </message>
    <message>
        <source>Asks for a new time: several appointments are pending, choose which in View → Today</source>
        <translation>Pide un nuevo horario: hay varias citas pendientes; elija cuál en Ver → Hoy</translation>
    </message>
    <message>
        <source>Export Communication Record</source>
        <translation>Exportar registro de comunicaciones</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>communication-record-%1.pdf</source>
        <translation>registro-de-comunicaciones-%1.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Communication record</source>
        <translation>Registro de comunicaciones</translation>
    </message>
    <message>
        <source>%1 %2, born %3, mobile %4. Generated %5.</source>
        <translation>%1 %2, nacido/a el %3, celular %4. Generado el %5.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>No se puede escribir %1. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentDialog</name>
    <message>
        <source>New Appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Reschedule Appointment</source>
        <translation>Reprogramar cita</translation>
    </message>
    <message>
        <source>Start (local time in the zone below)</source>
        <translation>Inicio (hora local en la zona de abajo)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Never sent to the patient unless a template asks for it</source>
        <translation>Nunca se envía al paciente salvo que una plantilla lo pida</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list, e.g. America/New_York.</source>
        <translation>&quot;%1&quot; no es una zona horaria. Elija una de la lista, p. ej. America/New_York.</translation>
    </message>
    <message>
        <source>That time does not exist in %1 (the clocks skip it). Pick another time.</source>
        <translation>Esa hora no existe en %1 (el reloj la salta). Elija otra hora.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentRulesDialog</name>
    <message>
        <source>Confirmation when booked</source>
        <translation>Confirmación al agendar</translation>
    </message>
    <message>
        <source>Notice when moved</source>
        <translation>Aviso al mover</translation>
    </message>
    <message>
        <source>Notice when cancelled</source>
        <translation>Aviso al cancelar</translation>
    </message>
    <message>
        <source>Appointment Notifications</source>
        <translation>Notificaciones de citas</translation>
    </message>
    <message>
        <source>e.g. 48, 2 (empty: no reminders)</source>
        <translation>p. ej. 48, 2 (vacío: sin recordatorios)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>Confirmación de cita</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>New-time notice</source>
        <translation>Aviso de nuevo horario</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Clinic time zone</source>
        <translation>Zona horaria de la clínica</translation>
    </message>
    <message>
        <source>Reminders (hours before)</source>
        <translation>Recordatorios (horas antes)</translation>
    </message>
    <message>
        <source>Automatic texts from</source>
        <translation>Mensajes automáticos desde</translation>
    </message>
    <message>
        <source>Automatic texts until</source>
        <translation>Mensajes automáticos hasta</translation>
    </message>
    <message>
        <source>Schedule at Twilio this far ahead</source>
        <translation>Programar en Twilio con esta anticipación</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Período de gracia</translation>
    </message>
    <message>
        <source>Template kind</source>
        <translation>Tipo de plantilla</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Idioma de la plantilla</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation>Administrado por su departamento de TI.</translation>
    </message>
    <message>
        <source>Clinic &amp;time zone:</source>
        <translation>&amp;Zona horaria de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Reminders (hours before):</source>
        <translation>&amp;Recordatorios (horas antes):</translation>
    </message>
    <message>
        <source>Automatic texts &amp;from (patient&apos;s time):</source>
        <translation>Mensajes automáticos &amp;desde (hora del paciente):</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Schedule at Twilio &amp;ahead:</source>
        <translation>Programar en Twilio con &amp;anticipación:</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>Período de &amp;gracia:</translation>
    </message>
    <message>
        <source>Template &amp;kind:</source>
        <translation>&amp;Tipo de plantilla:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;exto:</translation>
    </message>
    <message>
        <source>Fields: {first_name} {date} {time} {clinic_name} {location} {provider} {reason}. Ask for C to confirm and R to reschedule: never CANCEL (it opts the patient out of every text) or YES.</source>
        <translation>Campos: {first_name} {date} {time} {clinic_name} {location} {provider} {reason}. Pida C para confirmar y R para reprogramar: nunca CANCEL (da de baja al paciente de todos los mensajes) ni YES.</translation>
    </message>
    <message>
        <source>Template help</source>
        <translation>Ayuda de plantillas</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Some of these settings are managed by your IT department: they are shown but cannot be changed here.</source>
        <translation>Algunas de estas opciones de configuración las administra su departamento de TI: se muestran, pero no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>Managed settings</source>
        <translation>Configuración administrada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The end of the allowed hours must be after their start.</source>
        <translation>El final del horario permitido debe ser posterior a su inicio.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentText</name>
    <message>
        <source>Reminder %1 h before</source>
        <translation>Recordatorio %1 h antes</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <extracomment>A patient&apos;s reply C in the chat: the appointment it confirmed (date, time, then &quot;with&quot; the provider)</extracomment>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmada: %1</translation>
    </message>
    <message>
        <source>Asked to reschedule: %1</source>
        <translation>Pidió reprogramar: %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentsIntegration</name>
    <message>
        <source>&amp;Today — Patients to Call</source>
        <translation>&amp;Hoy — Pacientes a quienes llamar</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s unconfirmed appointments, requests for a new time, reminders that did not go out</source>
        <translation>Citas de mañana sin confirmar, solicitudes de nuevo horario, recordatorios que no se enviaron</translation>
    </message>
    <message>
        <source>Appointment &amp;Notifications…</source>
        <translation>&amp;Notificaciones de citas…</translation>
    </message>
    <message>
        <source>Add Demo &amp;Appointments</source>
        <translation>Agregar &amp;citas de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo appointment(s).</source>
        <translation>
            <numerusform>Se agregó %n cita de demostración.</numerusform>
            <numerusform>Se agregaron %n citas de demostración.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentsPane</name>
    <message>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>Cancel Appoin&amp;tment…</source>
        <translation>Cancelar ci&amp;ta…</translation>
    </message>
    <message>
        <source>Mark Con&amp;firmed</source>
        <translation>Marcar como con&amp;firmada</translation>
    </message>
    <message>
        <source>Appointments and their notifications</source>
        <translation>Citas y sus notificaciones</translation>
    </message>
    <message>
        <source>When (patient&apos;s zone)</source>
        <translation>Cuándo (zona del paciente)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Appointments status</source>
        <translation>Estado de las citas</translation>
    </message>
    <message>
        <source>Book a new appointment (Ins)</source>
        <translation>Programar una cita nueva (Ins)</translation>
    </message>
    <message>
        <source>Change provider, location, reason or duration (F2)</source>
        <translation>Cambiar profesional, ubicación, motivo o duración (F2)</translation>
    </message>
    <message>
        <source>Move to another time: its reminders are cancelled and planned again (Ctrl+R)</source>
        <translation>Mover a otro horario: sus recordatorios se cancelan y se vuelven a programar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel the appointment and tell the patient (Del)</source>
        <translation>Cancelar la cita y avisar al paciente (Supr)</translation>
    </message>
    <message>
        <source>The patient confirmed by phone (Ctrl+K)</source>
        <translation>El paciente confirmó por teléfono (Ctrl+K)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments yet. Press Ins to book one.</source>
        <translation>Todavía no hay citas. Presione Ins para programar una.</translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <source>Cancel the appointment on %1? Its reminders are cancelled and the patient gets a cancellation notice.</source>
        <translation>¿Cancelar la cita del %1? Sus recordatorios se cancelan y el paciente recibe un aviso de cancelación.</translation>
    </message>
    <message>
        <source>by staff</source>
        <translation>por el personal</translation>
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
    <name>cd::ui::AttachmentSaver</name>
    <message>
        <source>This attachment is not downloaded yet.</source>
        <translation>Este archivo adjunto todavía no se ha descargado.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation>No se pudo guardar el archivo adjunto en %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar archivo adjunto</translation>
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
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Buscar &amp;mensajes…</translation>
    </message>
    <message>
        <source>Find a message in every conversation</source>
        <translation>Buscar un mensaje en todas las conversaciones</translation>
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
        <translation type="vanished">Mensajes, los más antiguos arriba y los más recientes abajo. Ctrl+C copia los mensajes seleccionados; el menú contextual ofrece Reintentar en un mensaje fallido.</translation>
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
    <message>
        <source>Messages, oldest at the top and newest at the bottom. Ctrl+C copies the selected messages; the context menu offers Retry on a failed message; Delete cancels a message that has not gone out.</source>
        <translation>Mensajes, el más antiguo arriba y el más reciente abajo. Ctrl+C copia los mensajes seleccionados; el menú contextual ofrece Reintentar en un mensaje fallido; Suprimir cancela un mensaje que todavía no ha salido.</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cancel &amp;Message</source>
        <translation>Cancelar &amp;mensaje</translation>
    </message>
    <message>
        <source>Save &amp;Attachment…</source>
        <translation>Guardar archivo &amp;adjunto…</translation>
    </message>
    <message>
        <source>Save &amp;Attachment %1 (%2)…</source>
        <translation>Guardar archivo &amp;adjunto %1 (%2)…</translation>
    </message>
    <message>
        <source>&amp;Move to Another Patient…</source>
        <translation>&amp;Mover a otro paciente…</translation>
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
    <message>
        <source>Discard Message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <source>Discard this message? It will not be sent.</source>
        <translation>¿Descartar este mensaje? No se enviará.</translation>
    </message>
    <message>
        <source>Cancel this message? It will not be sent.</source>
        <translation>¿Cancelar este mensaje? No se enviará.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>&amp;Cancelar mensaje</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Cancel &amp;Message</source>
        <translation>Cancelar &amp;mensaje</translation>
    </message>
</context>
<context>
    <name>cd::ui::ClockSkewIndicator</name>
    <message>
        <source>Clock warning</source>
        <translation>Advertencia del reloj</translation>
    </message>
    <message>
        <source>⚠ This computer&apos;s clock is %1</source>
        <translation>⚠ El reloj de esta computadora está %1</translation>
    </message>
    <message>
        <source>Times shown by ClinicDesk and scheduled messages follow this computer&apos;s clock. Set the date, time and time zone correctly (or turn on automatic time) in the system settings.</source>
        <translation>Las horas que muestra ClinicDesk y los mensajes programados siguen el reloj de esta computadora. Configure correctamente la fecha, la hora y la zona horaria (o active la hora automática) en la configuración del sistema.</translation>
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
    <name>cd::ui::DatabaseConnectionIndicator</name>
    <message>
        <source>Clinic database connection</source>
        <translation>Conexión con la base de datos de la clínica</translation>
    </message>
    <message>
        <source>⚠ Connection to the clinic database lost — retrying…</source>
        <translation>⚠ Se perdió la conexión con la base de datos de la clínica — reintentando…</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) kept on this computer.</source>
        <translation>
            <numerusform>%n mensaje guardado en esta computadora.</numerusform>
            <numerusform>%n mensajes guardados en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk cannot reach the shared clinic database. Texts you send are kept on this computer and go out when the connection is back; other desks&apos; changes show after that.</source>
        <translation>Este puesto no puede acceder a la base de datos compartida de la clínica. Los mensajes que envíe se guardan en esta computadora y salen cuando se restablezca la conexión; los cambios de otros puestos se mostrarán después.</translation>
    </message>
    <message>
        <source>Clinic database: reconnected</source>
        <translation>Base de datos de la clínica: reconectada</translation>
    </message>
    <message>
        <source>Clinic database: connected</source>
        <translation>Base de datos de la clínica: conectada</translation>
    </message>
    <message numerus="yes">
        <source>(%n kept text(s) being sent)</source>
        <translation>
            <numerusform>(enviando %n mensaje guardado)</numerusform>
            <numerusform>(enviando %n mensajes guardados)</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk shares its patients and conversations with the other desks through the clinic database.</source>
        <translation>Este puesto comparte sus pacientes y conversaciones con los demás puestos a través de la base de datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeskAwarenessBar</name>
    <message>
        <source>Other desks in this conversation</source>
        <translation>Otros puestos en esta conversación</translation>
    </message>
    <message>
        <source>Texts waiting for the clinic database</source>
        <translation>Mensajes en espera de la base de datos de la clínica</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) waiting on this computer until the clinic database is back (nothing is lost): “%1”</source>
        <translation>
            <numerusform>%n mensaje en espera en esta computadora hasta que vuelva la base de datos de la clínica (no se pierde nada): “%1”</numerusform>
            <numerusform>%n mensajes en espera en esta computadora hasta que vuelva la base de datos de la clínica (no se pierde nada): “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DeskLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>Hide every patient detail until a PIN is typed</source>
        <translation>Ocultar todos los datos del paciente hasta que se ingrese un PIN</translation>
    </message>
    <message>
        <source>Sign-in is required but there are no staff accounts yet. An administrator adds one with &quot;clinicdesk-cli staff add&quot;.</source>
        <translation>Se requiere iniciar sesión, pero todavía no hay cuentas del personal. Un administrador puede agregar una con &quot;clinicdesk-cli staff add&quot;.</translation>
    </message>
</context>
<context>
    <name>cd::ui::FirstAdminDialog</name>
    <message>
        <source>Create the Administrator Account</source>
        <translation>Crear la cuenta de administrador</translation>
    </message>
    <message>
        <source>Each person at the desk can have their own account, so that every action is recorded under their name. Start with the administrator, who adds the others.</source>
        <translation>Cada persona de recepción puede tener su propia cuenta, para que cada acción quede registrada con su nombre. Comience por el administrador, quien agrega a los demás.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nombre del administrador</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;PIN (at least %1 characters):</source>
        <translation>&amp;PIN (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>cd::ui::HistorySearchDialog</name>
    <message>
        <source>Search Messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>Words from any message, at least 3 letters</source>
        <translation>Palabras de cualquier mensaje, de al menos 3 letras</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Cantidad de resultados</translation>
    </message>
    <message>
        <source>Unmatched %1</source>
        <translation>Sin asignar %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages; add a word to narrow the search.</source>
        <translation>
            <numerusform>El %n mensaje más reciente; agregue una palabra para acotar la búsqueda.</numerusform>
            <numerusform>Los %n mensajes más recientes; agregue una palabra para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n mensaje encontrado.</numerusform>
            <numerusform>%n mensajes encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::HistoryUpdateWindow</name>
    <message>
        <source>Updating Your Message History</source>
        <translation>Actualizando su historial de mensajes</translation>
    </message>
    <message>
        <source>Updating your message history</source>
        <translation>Actualizando su historial de mensajes</translation>
    </message>
    <message>
        <source>Updating your message history…</source>
        <translation>Actualizando su historial de mensajes…</translation>
    </message>
    <message>
        <source>This version of ClinicDesk lists conversations and searches old messages faster. It is preparing your %1 messages once; ClinicDesk opens when it is done. Please keep the computer on.</source>
        <translation>Esta versión de ClinicDesk muestra las conversaciones y busca mensajes antiguos más rápido. Está preparando sus %1 mensajes por única vez; ClinicDesk se abrirá cuando termine. Mantenga la computadora encendida.</translation>
    </message>
    <message>
        <source>Update in progress</source>
        <translation>Actualización en curso</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En curso desde hace %1</translation>
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
    <name>cd::ui::IntakeIntegration</name>
    <message>
        <source>Send New &amp;Intake Form…</source>
        <translation>Enviar nuevo formulario de &amp;admisión…</translation>
    </message>
    <message>
        <source>Intake Form &amp;Templates…</source>
        <translation>&amp;Plantillas de formularios de admisión…</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeListModel</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demostración)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeSendDialog</name>
    <message>
        <source>Send New Intake Form</source>
        <translation>Enviar nuevo formulario de admisión</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Form template</source>
        <translation>Plantilla de formulario</translation>
    </message>
    <message>
        <source>%1 (example address)</source>
        <translation>%1 (dirección de ejemplo)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;SMS Only</source>
        <translation>&amp;Solo SMS</translation>
    </message>
    <message>
        <source>E&amp;mail &amp;&amp; SMS</source>
        <translation>&amp;Correo electrónico &amp;&amp; SMS</translation>
    </message>
    <message>
        <source>SMS Only</source>
        <translation>Solo SMS</translation>
    </message>
    <message>
        <source>Email and SMS</source>
        <translation>Correo electrónico y SMS</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Why e-mail is not available</source>
        <translation>Por qué el correo electrónico no está disponible</translation>
    </message>
    <message>
        <source>Why the form cannot be sent</source>
        <translation>Por qué no se puede enviar el formulario</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Text message preview</source>
        <translation>Vista previa del mensaje de texto</translation>
    </message>
    <message>
        <source>Characters, segments and cost</source>
        <translation>Caracteres, segmentos y costo</translation>
    </message>
    <message>
        <source>About the link</source>
        <translation>Acerca del enlace</translation>
    </message>
    <message>
        <source>The X&apos;s stand for the form&apos;s own code, made when the form is sent (same length).</source>
        <translation>Las X representan el código propio del formulario, que se genera al enviarlo (misma longitud).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Asunto del correo electrónico</translation>
    </message>
    <message>
        <source>E-mail text part</source>
        <translation>Parte de texto del correo electrónico</translation>
    </message>
    <message>
        <source>E-mail HTML part, rendered</source>
        <translation>Parte HTML del correo electrónico, renderizada</translation>
    </message>
    <message>
        <source>Send problem</source>
        <translation>Problema de envío</translation>
    </message>
    <message>
        <source>Send &amp;Form</source>
        <translation>Enviar &amp;formulario</translation>
    </message>
    <message>
        <source>Send Form</source>
        <translation>Enviar formulario</translation>
    </message>
    <message>
        <source>Email &amp; SMS is not available: %1</source>
        <translation>Correo electrónico &amp; SMS no está disponible: %1</translation>
    </message>
    <message>
        <source>There are no form templates: add one in Settings.</source>
        <translation>No hay plantillas de formulario: agregue una en Configuración.</translation>
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
        <source>about US$%1</source>
        <translation>aprox. US$%1</translation>
    </message>
    <message>
        <source>includes the opt-out line (first message)</source>
        <translation>incluye la línea para darse de baja (primer mensaje)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>No e-mail (SMS Only).</source>
        <translation>Sin correo electrónico (solo SMS).</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeTemplatesDialog</name>
    <message>
        <source>Intake Form Templates</source>
        <translation>Plantillas de formularios de admisión</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Agregar plantilla</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Quitar plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Form address</source>
        <translation>Dirección del formulario</translation>
    </message>
    <message>
        <source>Completion status address</source>
        <translation>Dirección del estado de finalización</translation>
    </message>
    <message>
        <source>optional, https with {token}</source>
        <translation>opcional, https con {token}</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Asunto del correo electrónico</translation>
    </message>
    <message>
        <source>E-mail body</source>
        <translation>Cuerpo del correo electrónico</translation>
    </message>
    <message>
        <source>This template still points at the example address: enter your clinic&apos;s form address before sending it.</source>
        <translation>Esta plantilla todavía apunta a la dirección de ejemplo: ingrese la dirección del formulario de su clínica antes de enviarla.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Form &amp;URL:</source>
        <translation>&amp;URL del formulario:</translation>
    </message>
    <message>
        <source>S&amp;tatus URL:</source>
        <translation>URL de es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;SMS:</source>
        <translation>&amp;SMS:</translation>
    </message>
    <message>
        <source>E-mail su&amp;bject:</source>
        <translation>A&amp;sunto del correo:</translation>
    </message>
    <message>
        <source>E-mail b&amp;ody:</source>
        <translation>C&amp;uerpo del correo:</translation>
    </message>
    <message>
        <source>Variables: {first_name}, {clinic_name}, {link} (required). In the URL: {token} (required) and {patient_id}.</source>
        <translation>Variables: {first_name}, {clinic_name}, {link} (obligatorias). En la URL: {token} (obligatoria) y {patient_id}.</translation>
    </message>
    <message>
        <source>Template problem</source>
        <translation>Problema con la plantilla</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>(new template)</source>
        <translation>(plantilla nueva)</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeView</name>
    <message>
        <source>Intake forms</source>
        <translation>Formularios de admisión</translation>
    </message>
    <message>
        <source>Send &amp;New Intake Form…</source>
        <translation>Enviar &amp;nuevo formulario de admisión…</translation>
    </message>
    <message>
        <source>Send New Intake Form</source>
        <translation>Enviar nuevo formulario de admisión</translation>
    </message>
    <message>
        <source>Send a form link by SMS, or by e-mail and SMS (Ctrl+Shift+I)</source>
        <translation>Enviar el enlace de un formulario por SMS, o por correo electrónico y SMS (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Forms sent to this patient</source>
        <translation>Formularios enviados a este paciente</translation>
    </message>
    <message>
        <source>No forms were sent to this patient yet. Use &quot;Send New Intake Form…&quot; (Ctrl+Shift+I).</source>
        <translation>Todavía no se han enviado formularios a este paciente. Use &quot;Enviar nuevo formulario de admisión…&quot; (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>Selected send</source>
        <translation>Envío seleccionado</translation>
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation>Marcar como &amp;completado</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Marcar como completado</translation>
    </message>
    <message>
        <source>Resend S&amp;MS</source>
        <translation>Reenviar S&amp;MS</translation>
    </message>
    <message>
        <source>Resend SMS</source>
        <translation>Reenviar SMS</translation>
    </message>
    <message>
        <source>Resend &amp;Email…</source>
        <translation>Reenviar &amp;correo…</translation>
    </message>
    <message>
        <source>Resend Email</source>
        <translation>Reenviar correo</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Cancel &amp;Send</source>
        <translation>Cancelar en&amp;vío</translation>
    </message>
    <message>
        <source>Cancel Send</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>Intake status</source>
        <translation>Estado del formulario de admisión</translation>
    </message>
    <message>
        <source>Intake forms sent to %1</source>
        <translation>Formularios de admisión enviados a %1</translation>
    </message>
    <message>
        <source>%1 · %2 · sent %3</source>
        <translation>%1 · %2 · enviado %3</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>Correo a %1: %2</translation>
    </message>
    <message>
        <source>Form &quot;%1&quot; sent.</source>
        <translation>Formulario &quot;%1&quot; enviado.</translation>
    </message>
    <message>
        <source>Marked completed.</source>
        <translation>Marcado como completado.</translation>
    </message>
    <message>
        <source>The text message is being sent again (only the text message).</source>
        <translation>El mensaje de texto se está enviando de nuevo (solo el mensaje de texto).</translation>
    </message>
    <message>
        <source>Resend E-mail</source>
        <translation>Reenviar correo</translation>
    </message>
    <message>
        <source>This e-mail is not confirmed: it may already have reached the patient. Send it again anyway?</source>
        <translation>Este correo electrónico no está confirmado: es posible que ya le haya llegado al paciente. ¿Enviarlo de nuevo de todos modos?</translation>
    </message>
    <message>
        <source>The e-mail is being sent again (only the e-mail).</source>
        <translation>El correo electrónico se está enviando de nuevo (solo el correo electrónico).</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>The send was canceled before it went out.</source>
        <translation>El envío se canceló antes de que saliera.</translation>
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
    <name>cd::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Miembros del personal</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
    <message>
        <source>Locked. Signed in: %1</source>
        <translation>Bloqueado. Sesión iniciada: %1</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Export &amp;Communication Record…</source>
        <translation>Exportar registro de &amp;comunicaciones…</translation>
    </message>
    <message>
        <source>Open a patient first, then export their communication record.</source>
        <translation>Primero abra un paciente y luego exporte su registro de comunicaciones.</translation>
    </message>
    <message>
        <source>There are no patients yet. Add a few fictional demo patients, with demo appointments whose reminders and replies you can watch over the next minutes, to try ClinicDesk?

Their phone numbers are 555-01xx numbers, which are reserved for examples. You can also add patients yourself (File → New Patient) or import them from a CSV file (File → Import Patients).</source>
        <translation>Todavía no hay pacientes. ¿Desea agregar algunos pacientes ficticios de demostración, con citas de demostración cuyos recordatorios y respuestas podrá observar en los próximos minutos, para probar ClinicDesk?

Sus números de teléfono son números 555-01xx, que están reservados para ejemplos. También puede agregar pacientes usted mismo (Archivo → Nuevo paciente) o importarlos desde un archivo CSV (Archivo → Importar pacientes).</translation>
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
    <message>
        <source>Shared number — filed under %1</source>
        <extracomment>A reply from a phone number several patients share; %1 is the patient it was filed under</extracomment>
        <translation>Número compartido — archivado con %1</translation>
    </message>
    <message>
        <source>Attachment: could not be read</source>
        <translation>Archivo adjunto: no se pudo leer</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) not downloaded yet</source>
        <translation>
            <numerusform>%n archivo adjunto todavía no descargado</numerusform>
            <numerusform>%n archivos adjuntos todavía no descargados</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment: %1 (Save attachment…)</source>
        <extracomment>An attachment that is a file (not a photo): its type and size; saved from the context menu</extracomment>
        <translation>Archivo adjunto: %1 (Guardar archivo adjunto…)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Screen reader text of a reply with a note, e.g. &quot;… : C. Confirmed: Tue 12/9/26 10:30 AM with Dr. Lee&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) attached</source>
        <extracomment>Screen reader text: the reply carries photos</extracomment>
        <translation>
            <numerusform>%n foto adjunta</numerusform>
            <numerusform>%n fotos adjuntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::MoveReplyDialog</name>
    <message>
        <source>Move to Another Patient</source>
        <translation>Mover a otro paciente</translation>
    </message>
    <message>
        <source>No other patient has this phone number.</source>
        <translation>Ningún otro paciente tiene este número de teléfono.</translation>
    </message>
    <message>
        <source>This reply came from a number several patients share. File it under:</source>
        <translation>Esta respuesta llegó desde un número que comparten varios pacientes. Archivarla con:</translation>
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
        <translation type="vanished">Definido por su departamento de TI.</translation>
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
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Staff &amp;Accounts…</source>
        <translation>&amp;Cuentas del personal…</translation>
    </message>
    <message>
        <source>Add or disable staff accounts, reset a PIN or change a role (administrators)</source>
        <translation>Agregar o desactivar cuentas del personal, restablecer un PIN o cambiar un rol (administradores)</translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation>Administrado por su departamento de TI.</translation>
    </message>
    <message>
        <source>SendGrid e-mail: OK (the key may send mail).</source>
        <translation>Correo electrónico de SendGrid: correcto (la clave puede enviar correo).</translation>
    </message>
    <message>
        <source>SendGrid e-mail: %1</source>
        <translation>Correo electrónico de SendGrid: %1</translation>
    </message>
    <message>
        <source>Verify the certificate and the server&apos;s name (recommended)</source>
        <translation>Verificar el certificado y el nombre del servidor (recomendado)</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Verificar solo el certificado</translation>
    </message>
    <message>
        <source>No encryption (a server on this computer only)</source>
        <translation>Sin cifrado (solo un servidor en este equipo)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>Choose the Clinic&apos;s CA Certificate</source>
        <translation>Elegir el certificado de CA de la clínica</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>From the older single database address; Save keeps it as these fields.</source>
        <translation>De la antigua dirección única de la base de datos; Guardar la conserva como estos campos.</translation>
    </message>
</context>
<context>
    <name>cd::ui::StaffDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked until %1 (wrong PINs)</source>
        <translation>Bloqueada hasta %1 (PIN incorrectos)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Restablecer &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Make Ad&amp;ministrator</source>
        <translation>Hacer ad&amp;ministrador</translation>
    </message>
    <message>
        <source>Staff Accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Everyone who works at this desk signs in with their own name and PIN, so that every action is recorded under their name.</source>
        <translation>Todas las personas que trabajan en este puesto inician sesión con su propio nombre y PIN, para que cada acción quede registrada con su nombre.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Make &amp;Staff</source>
        <translation>Hacer &amp;personal</translation>
    </message>
</context>
<context>
    <name>cd::ui::StaffPinDialog</name>
    <message>
        <source>Add Staff Account</source>
        <translation>Agregar cuenta del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>A new PIN for %1. It also lifts a lockout after wrong PINs.</source>
        <translation>Un PIN nuevo para %1. También levanta el bloqueo por PIN incorrectos.</translation>
    </message>
    <message>
        <source>Administrator Sign-In</source>
        <translation>Inicio de sesión del administrador</translation>
    </message>
    <message>
        <source>Only an administrator can manage staff accounts.</source>
        <translation>Solo un administrador puede gestionar las cuentas del personal.</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrador:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;PIN (at least %1 characters):</source>
        <translation>&amp;PIN (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
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
    <message>
        <source>%1
Use Send Now or Discard (context menu or Delivery Details).</source>
        <translation>%1
Use Enviar ahora o Descartar (menú contextual o Detalles de entrega).</translation>
    </message>
</context>
<context>
    <name>cd::ui::TodayView</name>
    <message>
        <source>Today — Patients to Call</source>
        <translation>Hoy — Pacientes para llamar</translation>
    </message>
    <message>
        <source>Patients to call</source>
        <translation>Pacientes para llamar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <source>Tomorrow, not confirmed</source>
        <translation>Mañana, sin confirmar</translation>
    </message>
    <message>
        <source>Asked for a new time</source>
        <translation>Pidió otro horario</translation>
    </message>
    <message>
        <source>Reminders that did not go out</source>
        <translation>Recordatorios que no salieron</translation>
    </message>
    <message>
        <source>Replies to match (several appointments)</source>
        <translation>Respuestas por asignar (varias citas)</translation>
    </message>
    <message>
        <source>Replied C (confirm)</source>
        <translation>Respondió C (confirmar)</translation>
    </message>
    <message>
        <source>Replied R (reschedule)</source>
        <translation>Respondió R (reprogramar)</translation>
    </message>
    <message>
        <source>Choose the appointment below and press Enter</source>
        <translation>Elija la cita abajo y presione Enter</translation>
    </message>
    <message>
        <source>Apply the reply to this one</source>
        <translation>Aplicar la respuesta a esta cita</translation>
    </message>
    <message>
        <source>Nobody to call: every appointment tomorrow is confirmed and every reminder went out.</source>
        <translation>Nadie a quien llamar: todas las citas de mañana están confirmadas y todos los recordatorios salieron.</translation>
    </message>
    <message>
        <source>Press Enter on a row to open the patient.</source>
        <translation>Presione Enter en una fila para abrir el paciente.</translation>
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
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
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
    <message>
        <source>Book, list, move and cancel appointments.</source>
        <translation>Programar, listar, mover y cancelar citas.</translation>
    </message>
    <message>
        <source>Verify or export the audit trail.</source>
        <translation>Verificar o exportar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s shared database at URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA).</source>
        <translation>Usar la base de datos compartida de la clínica en URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA).</translation>
    </message>
    <message>
        <source>Back up, restore, check, move or show the database.</source>
        <translation>Hacer copia de seguridad, restaurar, comprobar, mover o mostrar la base de datos.</translation>
    </message>
    <message>
        <source>Run a desk without a window (send, poll, reminders).</source>
        <translation>Ejecutar un puesto sin ventana (enviar, consultar, recordatorios).</translation>
    </message>
    <message>
        <source>Intake forms: templates, send, list, resend.</source>
        <translation>Formularios de admisión: plantillas, enviar, listar, reenviar.</translation>
    </message>
    <message>
        <source>Send and schedule appointment reminders.</source>
        <translation>Enviar y programar recordatorios de citas.</translation>
    </message>
    <message>
        <source>clinicdesk-cli: updating the message history (%1 messages) to schema %2; this happens once and can take a few minutes…</source>
        <translation>clinicdesk-cli: actualizando el historial de mensajes (%1 mensajes) al esquema %2; esto ocurre una sola vez y puede tardar unos minutos…</translation>
    </message>
    <message>
        <source>clinicdesk-cli: still updating… %1 s</source>
        <translation>clinicdesk-cli: todavía actualizando… %1 s</translation>
    </message>
    <message>
        <source>clinicdesk-cli: message history updated.</source>
        <translation>clinicdesk-cli: historial de mensajes actualizado.</translation>
    </message>
    <message>
        <source>Manage staff accounts and PINs.</source>
        <translation>Gestionar las cuentas y los PIN del personal.</translation>
    </message>
    <message>
        <source>&quot;-%1&quot; reads as an option. To give a negative number, put -- before it: … -- -%1</source>
        <translation>&quot;-%1&quot; se lee como una opción. Para dar un número negativo, ponga -- delante: … -- -%1</translation>
    </message>
    <message>
        <source>clinicdesk-cli: there is no translation for &quot;%1&quot; (available: %2); continuing in English.</source>
        <translation>clinicdesk-cli: no hay traducción para &quot;%1&quot; (disponibles: %2); se continúa en inglés.</translation>
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
    <message>
        <source>Print the milliseconds to the first painted patient list and quit (start-up benchmark).</source>
        <translation>Mostrar los milisegundos hasta la primera lista de pacientes dibujada y salir (prueba de rendimiento de inicio).</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s shared database at URL (postgresql://USER@HOST/DATABASE).</source>
        <translation>Usar la base de datos compartida de la clínica en URL (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE before starting (the damaged file is kept beside it).</source>
        <translation>Reemplazar la base de datos con la copia de seguridad FILE antes de iniciar (el archivo dañado se conserva junto a ella).</translation>
    </message>
</context>
</TS>
