# Tandem — español. Cada mensaje debe existir también en en.ftl (lo comprueba una prueba).

site-name = Tandem
skip-to-content = Saltar al contenido principal
nav-main-label = Principal
nav-breadcrumbs-label = Está aquí
nav-home = Inicio
nav-glossary = Glosario
nav-account = Su cuenta
nav-login = Iniciar sesión
nav-logout = Cerrar sesión
lang-switch-label = Cambiar idioma
footer-tagline = Tandem es una plataforma abierta para que escuelas y distritos diseñen y lleven a cabo su trabajo junto con su comunidad.
footer-api = Documentación de la API (OpenAPI)

month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic

## Inicio
home-title = Trabajar con su comunidad, no para ella
home-lead = Tandem ayuda a escuelas y distritos a dar forma a nuevas iniciativas junto con familias, alumnado, personal, sindicatos y organizaciones de la comunidad, y a seguir gestionándolas, orientándolas y evaluándolas juntos.
home-explainer = Diseñar juntos se llama cocreación; gestionar y revisar juntos se llama coproducción.
home-explainer-link = ¿Qué significan estas palabras?
home-yours = Sus comunidades, { $name }
home-no-memberships = Todavía no es miembro de ninguna comunidad. Pida un enlace de invitación.
home-communities = Comunidades en este sitio
home-no-communities = Todavía no hay comunidades.
home-how-title = Cómo funciona
home-how-1-title = Diga para qué sirve
home-how-1 = cada iniciativa declara el valor público que promete y cómo sabrá que ha funcionado.
home-how-2-title = Muestre quién lo hará posible
home-how-2 = personas, sistemas y dinero, cada uno con una persona responsable.
home-how-3-title = Gánese el apoyo de todos
home-how-3 = registre la postura de cada grupo, formal e informal, para no dejar a nadie fuera.

## Formularios
form-optional = (opcional)
form-error-summary = Hay un problema
form-error-prefix = Error:
form-save = Guardar
form-delete = Eliminar

## Errores de campos
error-required = Este dato es obligatorio.
error-too-long = Use { $max } caracteres como máximo.
error-control-chars = Contiene caracteres que no se pueden usar.
error-single-line = Use una sola línea.
error-email-invalid = Escriba un correo electrónico como nombre@ejemplo.org.
error-email-taken = Otra cuenta ya usa este correo electrónico.
error-password-too-short = Use al menos { $min } caracteres.
error-password-too-long = Use { $max } caracteres como máximo.
error-password-common = Esta contraseña es demasiado fácil de adivinar. Pruebe con varias palabras sin relación entre sí.
error-password-contains-email = No use su correo electrónico en la contraseña.
error-password-wrong = Esta no es su contraseña actual.
error-slug-invalid = Use letras minúsculas, números y guiones simples.
error-choice-invalid = Elija una de las opciones.
error-date-invalid = Escriba una fecha como AAAA-MM-DD, por ejemplo 2026-11-30.
error-number-invalid = Escriba un número entero.
error-number-range = Escriba un número del { $min } al { $max }.

## Páginas de error
error-go-home = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found-body = No hay nada en esta dirección. Puede que se haya movido o que solo la puedan ver los miembros.
error-forbidden-title = No está permitido
error-forbidden-body = Su función en esta comunidad no lo permite. Consulte a una persona administradora si cree que debería poder hacerlo.
error-login-required-title = Inicie sesión
error-login-required-body = Necesita iniciar sesión para hacer esto.
error-unauthorized-title = No reconocido
error-unauthorized-body = El token de acceso no es válido o ha sido revocado.
error-bad-request-title = La solicitud tiene un problema
error-bad-request-body = No se pudo entender la solicitud.
error-csrf-title = El formulario ha caducado
error-csrf-body = Por su seguridad no pudimos aceptar este formulario. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-busy-title = Ocupado por un momento
error-busy-body = Tandem está atendiendo muchos inicios de sesión a la vez. No se ha cambiado nada: vuelva a intentarlo en un momento.
error-too-many-title = Demasiados intentos
error-too-many-body = Espere { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} e inténtelo de nuevo.
error-invalid-title = Hay datos que corregir
error-invalid-body = Corrija los problemas indicados e inténtelo de nuevo.
error-conflict-title = No se puede hacer
error-method-title = No es posible aquí
error-method-body = Esta dirección no acepta ese tipo de solicitud.
error-internal-title = Lo sentimos, algo ha fallado
error-internal-body = El problema ha quedado registrado. Nada de lo que escribió se guardó a medias. Inténtelo de nuevo en un momento.
error-form-unreadable = No se pudo leer el formulario. Recargue la página e inténtelo de nuevo.
error-json-unreadable = El cuerpo de la solicitud no es un JSON válido con la forma esperada.
error-unsupported-type = Aquí no se acepta este tipo de contenido.
error-too-large = Lo que ha enviado es demasiado grande.
error-timeout = La solicitud tardó demasiado.
error-lang-unknown = Ese idioma no está disponible.
error-last-admin = Una comunidad necesita al menos una persona administradora. Nombre primero a otra persona.
error-group-exists = Ya existe un grupo con ese nombre.
error-school-exists = Ya existe una escuela con ese nombre.
error-community-exists = Ya existe una comunidad con esa dirección.
error-invitation-unusable = Este enlace de invitación ya no se puede usar: ya se usó, se revocó o caducó.
error-invitation-not-revocable = Esta invitación ya se usó, se revocó o no existe.

## Mensajes
flash-logged-in = Ha iniciado sesión.
flash-logged-out = Ha cerrado la sesión.
flash-saved = Sus cambios se han guardado.
flash-joined = ¡Bienvenida o bienvenido! Ya forma parte de la comunidad.
flash-already-member = Ya es miembro de esta comunidad.
flash-initiative-created = La iniciativa se ha creado. Ahora describa sus tres bases.
flash-invitation-revoked = El enlace de invitación ya no funciona.
flash-invitation-not-revoked = No se pudo revocar la invitación: ya se había usado o revocado.
flash-reset-sent = Si alguna cuenta usa esa dirección, le llegará un enlace para elegir una contraseña nueva. Sirve una vez, durante una hora.
flash-password-reset = Su contraseña nueva se ha guardado y ha iniciado sesión. Se cerraron todas las demás sesiones.
flash-password-saved = Su contraseña se ha guardado. Se cerraron sus otras sesiones y se revocaron sus tokens de la API.
flash-email-link-sent = Enviamos un enlace a la dirección nueva. Su dirección de acceso cambia cuando lo abra (antes de un día).
flash-email-confirmed = Su nueva dirección de acceso está confirmada.
flash-token-revoked = El token se ha revocado.

## Inicio de sesión
login-title = Iniciar sesión
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-failed = El correo electrónico o la contraseña no son correctos.
login-throttled = Demasiados intentos fallidos. Espere { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} e inténtelo de nuevo.
login-invited-hint = ¿Entró con un enlace de invitación y no tiene contraseña? Vuelva a usar el enlace o pida uno nuevo. Puede crear una contraseña en la página de su cuenta.
login-forgot = ¿Olvidó su contraseña?
forgot-title = Olvidó su contraseña
forgot-lead = Indique el correo con el que inicia sesión. Si alguna cuenta lo usa, le enviamos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace
forgot-invited-hint = ¿Entró con un enlace de invitación? La persona que facilita en su escuela puede darle un enlace de acceso.
forgot-throttled = Demasiadas solicitudes desde aquí. Espere { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} e inténtelo de nuevo.
reset-unavailable = Este sitio no envía correos, así que no puede enviarle un enlace. Pida un enlace de acceso a la persona que facilita en su escuela; después podrá poner una contraseña nueva en la página de su cuenta.
reset-title = Elija una contraseña nueva
reset-lead = Elija una contraseña nueva para su cuenta. Se cerrará la sesión en todos los dispositivos.
reset-submit = Guardar e iniciar sesión
reset-link-unusable = Este enlace no se puede usar: ya se usó, se envió uno más reciente o tiene más de una hora.
reset-ask-again = Pedir un enlace nuevo
email-confirm-title = Confirme su nueva dirección de acceso
email-confirm-lead = ¿Iniciar sesión con { $email } a partir de ahora?
email-confirm-submit = Confirmar esta dirección
email-link-unusable = Este enlace no se puede usar: ya se usó, se envió uno más reciente, tiene más de un día o la dirección ya no está libre.
email-change-unavailable = Este sitio no envía correos, así que no se puede confirmar una nueva dirección de acceso. Pida a un administrador que la cambie.

## Invitaciones
join-title = Unirse a { $community }
join-invited = Le invitan a unirse como { $role }.
join-invited-group = Le invitan a unirse como { $role }, en el grupo { $group }.
join-note = Invitación para
join-name = Su nombre
join-name-hint = Así le verán las demás personas.
join-name-pupil = Tu nombre o un apodo
join-name-pupil-hint = Solo lo ve el personal de la escuela. Tu nombre nunca se muestra en público.
join-as-user = Se unirá como { $name }.
join-submit = Unirme
join-have-account = ¿Ya tiene una cuenta?
join-login-first = Inicie sesión primero
join-status-used = Este enlace de invitación ya se ha usado.
join-status-revoked = Este enlace de invitación se canceló.
join-status-expired = Este enlace de invitación ha caducado.
join-ask-again = Pida un enlace nuevo a quien se lo envió.

## Funciones, tipos, grupos
role-admin = administrador/a
role-facilitator = facilitador/a
role-member = miembro
role-observer = observador/a
community-kind-district = Distrito escolar
community-kind-network = Red de escuelas
community-kind-school = Escuela
school-phase-primary = Primaria
school-phase-middle = Secundaria inferior
school-phase-secondary = Secundaria
school-phase-all_through = Todas las etapas
school-phase-special = Educación especial
group-families = Familias y personas cuidadoras
group-pupils = Alumnado
group-teaching_staff = Personal docente
group-support_staff = Personal de apoyo
group-school_leaders = Equipos directivos
group-governors = Consejo escolar y junta
group-unions = Sindicatos
group-community_orgs = Organizaciones de la comunidad
visibility-public = Pública: cualquiera puede leerla
visibility-members = Solo miembros

## Comunidad
community-your-role = Aquí usted es { $role }.
community-staff-nav = Herramientas del personal
community-members = Miembros
community-invitations = Enlaces de invitación
community-settings = Configuración
community-initiatives = Iniciativas
community-no-initiatives = Todavía no hay iniciativas que mostrar.
community-all-initiatives = Ver las { $count } iniciativas
community-schools = Escuelas
community-no-schools = No se han añadido escuelas.
community-participation = Quién participa
community-participation-hint = Miembros por grupo de interés. Las cifras menores de { $threshold } se ocultan para proteger la privacidad, y también cualquier cifra que permitiera deducirlas.
community-participation-caption = Miembros por grupo de interés
col-group = Grupo de interés
col-members = Miembros
col-total = Total
col-name = Nombre
col-role = Función
col-school = Escuela
col-joined = Se unió
col-actions = Acciones
privacy-suppressed = < { $threshold }
privacy-suppressed-long = Menos de { $threshold } personas: oculto para proteger la privacidad
privacy-protecting = oculto
privacy-protecting-long = Oculto para que no se pueda deducir una cifra menor a su lado

## Iniciativas
initiatives-title = Iniciativas
initiatives-title-school = Iniciativas en { $school }
initiatives-filter-school = Escuela
initiatives-filter-all = Todas
initiatives-filter-submit = Mostrar
initiative-new = Nueva iniciativa
initiative-new-lead = Empiece por lo que la iniciativa pretende. Después podrá añadir resultados, capacidad y apoyos.
initiative-create = Crear iniciativa
initiative-district-wide = Todo el distrito
initiative-updated = actualizada el { $date }
initiative-edit = Editar iniciativa
initiative-edit-title = Editar: { $title }
initiative-back = Volver a la página de la iniciativa
initiative-basics = Lo básico
initiative-field-title = Título
initiative-field-summary = Resumen
initiative-field-school = Escuela
initiative-field-visibility = Quién puede leerla
initiative-field-visibility-hint = Cualquiera puede leer las iniciativas públicas, sin iniciar sesión.
initiative-field-value = Valor público: ¿qué mejorará y para quién?
initiative-field-value-hint = El beneficio que esta iniciativa promete a la comunidad, en palabras sencillas.

## Triángulo estratégico
triangle-title = Triángulo estratégico
triangle-explainer = Toda iniciativa pública debe sostener tres cosas a la vez: el valor que promete, la capacidad para lograrlo y la legitimidad y el apoyo de las personas a las que afecta.
triangle-rounds = Las tres bases se sostienen: esta iniciativa «cubre las bases».
triangle-not-rounding = Al menos una base necesita atención. Vea los motivos en la tabla.
triangle-table-caption = Las tres bases y su estado
triangle-col-base = Base
triangle-col-state = Estado
triangle-col-figures = Cifras
triangle-col-reasons = Qué necesita atención
triangle-no-reasons = Nada señalado
triangle-figures-value = { $outcomes ->
    [one] 1 resultado
   *[other] { $outcomes } resultados
}, { $measurable } medibles
triangle-figures-capacity = { $total ->
    [one] 1 elemento
   *[other] { $total } elementos
}, { $owned } con responsable, { $inplace } en marcha
triangle-figures-legitimacy = { $recorded ->
    [one] 1 grupo registrado
   *[other] { $recorded } grupos registrados
}, { $supportive } a favor, { $critical } críticos
base-public_value = Valor público
base-capacity = Capacidad organizativa
base-legitimacy = Legitimidad y apoyo
base-state-at-risk = En riesgo
base-state-missing = Falta
base-state-attention = Necesita atención
base-state-holding = Se sostiene
triangle-reason-value-missing = Todavía no se ha descrito el valor público.
triangle-reason-value-no-statement = La declaración de valor público está vacía.
triangle-reason-value-no-outcomes = No hay resultados medibles: ¿cómo sabrán que ha funcionado?
triangle-reason-value-unmeasured = Algunos resultados no tienen medida o meta.
triangle-reason-capacity-missing = No hay capacidad registrada: ¿quién y qué lo hará posible?
triangle-reason-capacity-no-owner = Algunos elementos de capacidad no tienen responsable.
triangle-reason-capacity-at-risk = Parte de la capacidad está en riesgo.
triangle-reason-legitimacy-missing = No se ha registrado la postura de ningún grupo de interés.
triangle-reason-legitimacy-narrow = Hay apoyo registrado de menos de la mitad de los grupos: legitimidad buscada solo en unos pocos.
triangle-reason-legitimacy-critical = Algunos grupos son escépticos o se oponen.
triangle-reason-legitimacy-unknown = Se desconoce la postura de algunos grupos.

value-no-statement = Todavía no se ha descrito el valor público.
value-no-outcomes = Todavía no hay resultados medibles.
value-outcomes-caption = Resultados medibles
value-outcomes-hint = Diga qué cambiará, cómo lo medirá y cuál es la meta.
outcome-field-description = Resultado
outcome-field-measure = Cómo se mide
outcome-field-measure-hint = Por ejemplo: registros de asistencia de cada trimestre.
outcome-field-target = Meta
outcome-add = Añadir resultado

capacity-explainer = Las personas, los sistemas y el dinero que hacen realidad el valor público, cada uno con una persona responsable.
capacity-none = Todavía no se ha registrado capacidad.
capacity-caption = Elementos de capacidad
capacity-field-title = Qué se necesita
capacity-field-kind = Tipo
capacity-field-owner = Quién es responsable
capacity-field-owner-hint = Un cargo o un nombre (nunca el nombre de un alumno o alumna).
capacity-field-status = Estado
capacity-field-evidence = Evidencia
capacity-no-owner = Nadie todavía
capacity-add = Añadir elemento de capacidad
capacity-kind-people = Personas
capacity-kind-systems = Sistemas
capacity-kind-money = Dinero
capacity-kind-other = Otro
capacity-status-needed = Se necesita
capacity-status-in_progress = En curso
capacity-status-in_place = En marcha
capacity-status-at_risk = En riesgo

support-explainer = La postura de cada grupo de interés. Legitimidad significa apoyo de todas las personas afectadas, no solo de quienes ya están de acuerdo.
support-caption = Postura de cada grupo de interés
support-field-stance = Postura
support-field-note = Nota
support-not-recorded = Sin registrar
support-edit-hint = Registre la postura de cada grupo y por qué. Deje «Sin registrar» donde aún no lo sepa.
stance-champion = Impulsor
stance-supporter = A favor
stance-neutral = Neutral
stance-sceptic = Escéptico
stance-opponent = En contra
stance-unknown = Desconocida

glossary-link-triangle = ¿Qué es el triángulo estratégico?
glossary-link-authorizing = ¿Qué es el entorno de autorización?

## Miembros
members-title = Miembros
members-privacy-note = Los nombres del alumnado solo se muestran en páginas del personal como esta; nunca en público, en la API ni en exportaciones.
members-filter-group = Grupo de interés
members-count = { $count ->
    [one] 1 miembro
   *[other] { $count } miembros
}
members-caption = Miembros por nombre
members-pupil-badge = alumno/a
members-change = Cambiar a { $name }
member-no-group = Sin grupo
member-no-school = Sin escuela

## Enlaces de invitación
invitations-title = Enlaces de invitación
invitations-lead = Un enlace de invitación permite que una familia o un alumno se una sin contraseña. Cada enlace funciona una vez, caduca y se puede cancelar.
invitations-new = Crear un enlace
invitations-group-hint = Los nombres del alumnado nunca se muestran en público.
invitations-field-note = Para quién es
invitations-note-hint = Para su registro, p. ej. «delegada de 6.º». No escriba el nombre completo de un alumno.
invitations-field-days = Válido durante (días)
invitations-days-hint = De 1 a { $max } días. Déjelo vacío para { $default } días.
invitations-create = Crear enlace
invitations-created = El enlace de invitación está listo.
invitations-link-label = Copie este enlace y envíelo a la persona
invitations-link-once = Es la única vez que se muestra el enlace.
invitations-recent = Invitaciones recientes
invitations-none = Todavía no hay invitaciones.
invitations-col-status = Estado
invitations-col-expires = Caduca
invitations-revoke = Revocar
invitations-revoke-label = Revocar la invitación para { $note }
invitation-status-open = Abierta
invitation-status-used = Usada
invitation-status-revoked = Revocada
invitation-status-expired = Caducada

## Configuración
settings-title = Configuración de la comunidad
settings-community = La comunidad
settings-field-name = Nombre
settings-field-description = Descripción
settings-groups = Grupos de interés
settings-groups-hint = Cambie el nombre de los grupos para adaptarlos a su comunidad o añada los suyos. Quienes pertenecen a grupos protegidos son menores y sus nombres nunca se publican.
settings-field-name-en = Nombre en inglés
settings-field-name-es = Nombre en español
settings-field-name-default-hint = Déjelo vacío para usar el nombre estándar.
settings-field-protects = Los miembros de este grupo son menores: no mostrar nunca sus nombres en público
settings-group-protected = nombres protegidos
settings-group-add = Añadir grupo
settings-field-phase = Etapa
settings-school-add = Añadir escuela

## Cuenta
account-title = Su cuenta
account-profile = Su perfil
account-field-name = Su nombre
account-field-lang = Idioma
account-credentials-none = Se unió con un enlace de invitación. Añada un correo y una contraseña para entrar desde otros dispositivos.
account-email = Dirección de acceso
account-email-current = Inicia sesión con { $email }.
account-email-lead = Para cambiarla, indique la dirección nueva: le enviamos un enlace allí y el cambio se hace cuando lo abra.
account-field-new-email = Correo electrónico nuevo
account-email-submit = Enviar el enlace
account-password = Contraseña
account-password-none = Aún no tiene contraseña. Cree una para entrar desde otros dispositivos con su correo.
error-email-unchanged = Esta ya es su dirección de acceso.
account-field-current-password = Contraseña actual
account-field-new-password = Contraseña nueva
account-password-hint = Al menos 12 caracteres, y no una contraseña conocida. Varias palabras sin relación son fáciles de recordar y difíciles de adivinar.
account-memberships = Sus comunidades
account-tokens = Tokens de la API
account-tokens-hint = Los tokens permiten que programas usen la API en su nombre. Trátelos como contraseñas.
account-field-token-name = Nombre del token
account-token-create = Crear token
account-token-created = Su token nuevo (solo se muestra ahora)
account-token-once = Cópielo ahora: no se volverá a mostrar.
account-token-created-col = Creado
account-token-used-col = Último uso
account-token-revoked = Revocado
account-token-revoke-label = Revocar el token { $name }

## Glosario
glossary-title = Glosario
glossary-lead = Las palabras que usa Tandem, en lenguaje sencillo. Nadie debería tener que preguntar qué significa una palabra para poder participar.
glossary-contents = Contenido
glossary-co-creation-title = Cocreación
glossary-co-creation-body = Diseñar algo juntos. Mientras una iniciativa todavía se está planificando, las personas a las que afecta ayudan a decidir cómo será; por ejemplo, familias y personal en un equipo de diseño que pone nombre a una escuela nueva y redacta su plan con la dirección.
glossary-co-production-title = Coproducción
glossary-co-production-body = Llevar algo a cabo juntos. Cuando una iniciativa ya ha empezado, la comunidad sigue participando: ayuda a realizarla (como las tutorías entre iguales), a orientarla (como un consejo de supervisión) y a comprobar si funciona.
glossary-strategic-triangle-title = Triángulo estratégico
glossary-strategic-triangle-body = Una forma de revisar cualquier iniciativa pública: necesita valor público (un beneficio real), capacidad organizativa (personas, sistemas y dinero para lograrlo) y legitimidad y apoyo (el respaldo de las personas afectadas). Si falta una, es probable que fracase.
glossary-public-value-title = Valor público
glossary-public-value-body = El beneficio que una iniciativa promete a la comunidad y cómo se sabrá que se ha logrado.
glossary-organizational-capacity-title = Capacidad organizativa
glossary-organizational-capacity-body = Las personas, los sistemas y el dinero que hacen posible el valor público, cada uno con una persona responsable.
glossary-legitimacy-title = Legitimidad y apoyo
glossary-legitimacy-body = La aprobación y el respaldo de quienes pueden apoyar o frenar una iniciativa, ya sea de manera formal (una votación del consejo) o informal (familias, sindicatos, organizaciones de la comunidad).
glossary-authorizing-environment-title = Entorno de autorización
glossary-authorizing-environment-body = Todas las personas e instituciones que pueden aprobar o desaprobar una iniciativa: autoridades formales como el consejo escolar e informales como las familias, los sindicatos, las organizaciones sin ánimo de lucro y los grupos de defensa.
glossary-stakeholder-group-title = Grupo de interés
glossary-stakeholder-group-body = Una parte de la comunidad escolar con un interés común, como las familias, el alumnado, el personal docente o los sindicatos.
glossary-round-the-bases-title = Cubrir las bases
glossary-round-the-bases-body = Mantener fuertes las tres partes del triángulo estratégico a la vez y en todo momento, en lugar de crear primero la capacidad y pedir apoyo solo al final.

## Línea de órdenes
cli-running = Tandem está funcionando en { $url }
cli-migrated = { $count ->
    [one] Se aplicó 1 migración.
   *[other] Se aplicaron { $count } migraciones.
}
cli-community-created = Comunidad «{ $slug }» creada.
cli-user-created = Usuario { $email } creado.
cli-generated-password = Contraseña generada (solo se muestra ahora): { $password }
cli-demo-ready = La demostración de Tandem está funcionando en { $url }
cli-demo-scaled = Ampliado a { $scale }× en { $seconds } s: { $members } miembros más, { $ideas } ideas, { $reactions } apoyos y comentarios, { $notifications } notificaciones, { $ballots } papeletas, { $votes } votos en la conversación.
cli-demo-logins = Accesos de demostración (la contraseña de todos es { $password }):
cli-demo-invite-pupil = Enlace de invitación de un solo uso para un alumno:
cli-demo-invite-family = Enlace de invitación de un solo uso para una familia:
cli-demo-members = { $count } miembros en el distrito de demostración: { $url }
cli-stop = Pulse Ctrl+C para detenerlo.
cli-error = Error: { $message }
cli-error-invalid = Algunos valores no son válidos:
cli-error-database = No se pudo usar la base de datos: { $detail }
cli-error-url = La URL de la base de datos debe empezar por sqlite:// o postgres://
cli-error-exists = «{ $what }» ya existe.
cli-error-no-community = No existe la comunidad «{ $slug }».
cli-error-demo-exists = { $path } ya existe. Elija otro archivo o añada --replace para sobrescribirlo.
cli-error-config = No se pudo leer el archivo de configuración { $path }: { $detail }
cli-error-addr = «{ $addr }» no es una dirección válida. Use IP:PUERTO, por ejemplo 127.0.0.1:8080.
cli-error-bind = No se pudo escuchar en { $addr }: { $detail }
cli-error-public-url = La URL pública debe empezar por http:// o https:// (se recibió «{ $url }»).
cli-error-connections = El número de conexiones a la base de datos debe estar entre 1 y 500.
cli-error-stdin = No se pudo leer la contraseña de la entrada estándar: { $detail }
cli-error-serve = El servidor se detuvo con un error: { $detail }
cli-error-demo-not-empty = Esa base de datos ya contiene el distrito de demostración. Use una base de datos vacía.

## Secciones de la iniciativa
sections-label = Secciones de esta iniciativa
sections-menu = Sección
section-overview = Resumen
section-environment = Entorno de autorización
section-charter = Carta de poder compartido
section-phases = Fases
section-engagement = Cinco pasos clave
section-worksheet = Preguntas guía
section-health = Salud
section-packet = Dosier de autorización
overview-phase = Fase actual
overview-no-phase = Ninguna fase está en curso
overview-charter = Carta
overview-charter-draft = Aún no publicada
overview-participation = Participación
overview-participation-open = Abierta
overview-participation-closed = Cerrada
overview-open-participation = Abrir la participación
overview-close-participation = Cerrar la participación
flash-participation-opened = La participación está abierta.
flash-participation-closed = La participación está cerrada.
date-hint = Como AAAA-MM-DD, por ejemplo 2026-12-31.

## Entorno de autorización
environment-lead = Todas las personas e instituciones que pueden aprobar o desaprobar esta iniciativa —formalmente, como el consejo escolar, o informalmente, como las familias, los sindicatos y los grupos de la comunidad— y quiénes son más adecuados para cocrearla o coproducirla.
environment-maps = Dos vistas del mapa
environment-none = Todavía no hay nadie en el mapa.
environment-traditional-title = Vista tradicional: autoridad formal e influencia informal
environment-traditional-desc = Cada punto numerado es una parte interesada de la tabla inferior, situada según su autoridad formal (horizontal) y su influencia informal (vertical).
environment-traditional-caption = Vista tradicional: quién puede aprobar y quién puede dar o quitar credibilidad.
environment-open-title = Vista abierta: posibles cocreadores y coproductores
environment-open-desc = Cada punto numerado es una parte interesada de la tabla inferior, situada según sea adecuada para la cocreación, la coproducción, ambas o ninguna todavía.
environment-open-caption = Vista abierta: todas las personas pueden cocrear o coproducir.
environment-axis-formal = Autoridad formal
environment-axis-influence = Influencia informal
environment-axis-co-creation = Adecuado para cocrear →
environment-axis-co-production = Adecuado para coproducir →
environment-quadrant-both = Cocrear y coproducir
environment-quadrant-co-creation = Cocrear
environment-quadrant-co-production = Coproducir
environment-quadrant-neither = Ninguna todavía
environment-stakeholders = Partes interesadas
environment-stakeholders-caption = Partes interesadas, numeradas como en los mapas
environment-edit-stakeholder = Cambiar { $name }
environment-add-stakeholder = Añadir parte interesada
stakeholder-field-name = Nombre
stakeholder-field-kind = Tipo
stakeholder-kind-hint = Una persona debe ser adulta: el alumnado participa a través de su grupo de interés.
stakeholder-field-formal = Autoridad formal
stakeholder-field-instrument = Cómo se ejerce
stakeholder-instrument-hint = Por ejemplo: votación del consejo sobre el plan final. Obligatorio cuando hay autoridad formal.
stakeholder-field-influence = Influencia informal
stakeholder-field-suitability = Más adecuado para
stakeholder-field-reason = Por qué
stakeholder-field-owner = Responsable de la relación en el personal
stakeholder-owner-hint = Quién del personal mantiene el contacto.
stakeholder-kind-group = Grupo
stakeholder-kind-organisation = Organización
stakeholder-kind-person = Persona (adulta)
formal-authority-approves = Aprueba
formal-authority-consulted = Debe ser consultado
formal-authority-notified = Debe ser informado
formal-authority-none = Ninguna
influence-low = Baja
influence-medium = Media
influence-high = Alta
suitability-co_creation = Cocreación
suitability-co_production = Coproducción
suitability-both = Ambas
suitability-neither = Ninguna todavía
approvals-title = Aprobaciones y notificaciones formales
approvals-lead = Lo que debe aprobarse y a quién hay que informar, para cuándo, y la evidencia de que se hizo.
approvals-none = Todavía no se sigue ningún paso formal.
approvals-caption = Aprobaciones y notificaciones formales
approvals-overdue = Vencido
approvals-edit = Cambiar { $title }
approvals-add = Añadir un paso formal
approval-field-title = Qué
approval-title-hint = Por ejemplo: el consejo escolar aprueba el proceso y el plan final.
approval-field-kind = Tipo
approval-field-stakeholder = Con quién
approval-no-stakeholder = Sin vincular a una parte interesada
approval-field-due = Fecha límite
approval-field-status = Estado
approval-field-happened = Fecha en que ocurrió
approval-field-evidence = Evidencia
approval-evidence-hint = Un enlace o una nota, por ejemplo el acta de la reunión.
authorization-kind-approval = Aprobación
authorization-kind-notification = Notificación
authorization-status-not_started = Sin empezar
authorization-status-requested = Solicitada
authorization-status-granted = Concedida
authorization-status-refused = Denegada
authorization-status-notified = Notificada
error-instrument-required = Indique cómo se ejerce esta autoridad formal.
error-status-kind-mismatch = Este estado no corresponde a este tipo de paso.
error-happened-required = Indique la fecha en que ocurrió.

## Carta
charter-lead = Antes de pedir a nadie que participe, la escuela dice cuánto control comparte, qué riesgos acepta, qué está decidido y por qué, y qué reciben a cambio quienes participan.
charter-published = Publicada: versión { $version }, publicada por primera vez el { $date }.
charter-draft-staff = Esta carta es un borrador. Solo el personal la ve hasta que se publique, y ninguna participación puede abrirse antes.
charter-draft-public = La carta de poder compartido aún no se ha publicado. La participación se abrirá cuando se publique.
charter-areas = Lo que pueden influir quienes participan
charter-no-areas = Todavía no hay ámbitos de decisión.
charter-publish-title = Publicar la carta
charter-publish-lead = Una vez publicada, la carta es pública, y cada cambio posterior deberá indicar un motivo que verán los lectores.
charter-publish = Publicar la carta
charter-edit = Editar la carta
charter-edit-published = Esta carta está publicada: cada cambio necesita un motivo y crea una nueva versión.
charter-intro = Introducción
charter-field-intro = Introducción
charter-intro-hint = Para qué sirve este proceso y cómo se tomarán las decisiones, en palabras sencillas.
charter-field-reason = Motivo de este cambio
charter-reason-hint = Los lectores lo verán en el historial de la carta.
charter-add-area = Añadir ámbito de decisión
charter-history = Versiones y cambios
charter-history-caption = Todas las versiones publicadas de la carta
charter-col-version = Versión
charter-col-date = Fecha
charter-col-reason = Motivo
charter-version = Versión { $version }
charter-version-title = Carta, versión { $version }
charter-version-note = Esta es la carta tal como se publicó el { $date }.
charter-first-publication = Primera publicación
charter-back = Volver a la carta vigente
area-field-title = Ámbito de decisión
area-title-hint = Por ejemplo: el nombre de la escuela, el modelo curricular, una partida del presupuesto, la plantilla.
area-field-level = Nivel de influencia ofrecido
area-level-hint = Desde «informar» (se comunica a los participantes) hasta «delegar» (deciden los participantes).
area-field-final = Quién toma la decisión final
area-field-fixed = Qué está decidido y por qué
area-nothing-fixed = Nada está decidido de antemano.
area-field-risks = Riesgos que acepta la escuela
area-field-reciprocity = Qué reciben a cambio quienes participan
area-reciprocity-hint = Aunque el beneficio sea indirecto, dígalo con claridad.
level-inform = Informar
level-consult = Consultar
level-involve = Implicar
level-collaborate = Colaborar
level-empower = Delegar
level-inform-desc = se le comunicará lo decidido y por qué; esto no se puede influir.
level-consult-desc = se piden y se tienen en cuenta sus opiniones antes de que decida el personal.
level-involve-desc = trabaja con el personal durante todo el proceso para que sus inquietudes den forma a las opciones.
level-collaborate-desc = usted y el personal elaboran las opciones y eligen juntos la preferida.
level-empower-desc = usted decide, y la escuela lleva a cabo lo que decida.
error-charter-empty = Añada al menos un ámbito de decisión antes de publicar.
error-charter-already-published = La carta ya está publicada.
error-charter-not-published = La participación no puede abrirse hasta que se publique la carta de poder compartido: primero hay que decir abiertamente qué se puede y qué no se puede influir.
error-charter-conflict = Otra persona cambió la carta al mismo tiempo. Su cambio no se guardó; revísela de nuevo.
flash-charter-published = La carta está publicada. Ya puede abrirse la participación.

## Fases
phases-lead = Las fases de cocreación dan forma a la iniciativa mientras se diseña; las de coproducción la gestionan, orientan y evalúan juntos después.
phase-identify_needs = Identificar necesidades
phase-co_design = Codiseño
phase-authorization = Autorización
phase-co_delivery = Coejecución
phase-co_evaluation = Coevaluación
phase-kind-co_creation = Cocreación
phase-kind-co_production = Coproducción
phase-status-upcoming = Próxima
phase-status-current = En curso
phase-status-done = Terminada
phase-from = desde el { $date }
phase-until = hasta el { $date }
phase-no-dates = sin fechas
phases-edit = Cambiar las fases
phases-make-current = Hacer que esta sea la fase en curso
phases-field-note = Nota
phases-field-name = Nombre
phases-name-template-hint = Déjelo vacío para mantener el nombre estándar.
phases-field-kind = Tipo
phases-field-starts = Empieza
phases-field-ends = Termina
phases-add = Añadir fase
phases-history = Cambios de fase
phases-history-none = La iniciativa todavía no ha cambiado de fase.
phases-col-move = Cambio
error-end-before-start = El final no puede ser anterior al inicio.
error-phase-not-deletable = La fase en curso no se puede eliminar. Primero haga que otra fase esté en curso.

## Cinco pasos clave
engagement-lead = La coproducción funciona cuando todo el mundo pasa por cinco pasos. Esta página mide cada paso a partir de lo que realmente ocurrió.
key-step-awareness = Conocimiento
key-step-buy_in = Adhesión
key-step-expectations = Expectativas
key-step-performance = Capacitación
key-step-feedback = Retroalimentación
key-step-awareness-desc = las personas saben qué se planea y por qué (informadas, asistentes).
key-step-buy_in-desc = las personas han dicho que lo apoyan.
key-step-expectations-desc = las personas han aceptado un papel y saben qué implica.
key-step-performance-desc = las personas tienen las habilidades: han completado la formación.
key-step-feedback-desc = las personas siguen sabiendo cómo van las cosas.
event-kind-informed = Informadas
event-kind-attended = Asistieron
event-kind-supported = Expresaron apoyo
event-kind-agreed_role = Aceptaron un papel
event-kind-trained = Completaron la formación
event-kind-updated = Recibieron una actualización
engagement-funnel = Personas alcanzadas en cada paso
engagement-counting = Se cuenta a partir de actividades registradas, no de nombres: quien se alcanza dos veces cuenta dos veces. El conocimiento toma el mayor de «informadas» y «asistieron». Las cifras menores de { $threshold } se ocultan, y también cualquier cifra que permitiera deducirlas.
engagement-none = Todavía no se ha registrado nada.
engagement-chart-title = Personas alcanzadas en cada paso clave, todos los grupos
engagement-chart-desc = Una barra por cada uno de los cinco pasos clave; las mismas cifras están en la tabla inferior, por grupo de interés.
engagement-funnel-caption = Personas alcanzadas en cada paso, por grupo de interés
engagement-record = Registrar participación
engagement-field-kind = Qué ocurrió
engagement-field-people = Cuántas personas
engagement-people-hint = Un número a partir de 1. Registre al alumnado solo como número.
engagement-field-date = Fecha
engagement-field-source = Fuente
engagement-source-hint = Por ejemplo: boletín del 12 de octubre, hoja de firmas de la reunión de familias.
engagement-field-stakeholder = Sobre una parte interesada del mapa
engagement-no-stakeholder = Ninguna
engagement-stakeholder-hint = Vincule el contacto con una autoridad formal para que la vista de salud sepa que fue informada.
engagement-record-submit = Registrar
engagement-upload = Importar desde un archivo CSV
engagement-upload-lead = Un archivo CSV con la cabecera { $header }: la fecha como AAAA-MM-DD, la clave del grupo (por ejemplo families), qué ocurrió (informed, attended, supported, agreed_role, trained, updated), cuántas personas y la fuente. Si alguna línea es incorrecta, no se importa nada.
engagement-upload-file = Archivo CSV
engagement-upload-submit = Importar
engagement-imported = { $count ->
    [one] Se importó 1 registro.
   *[other] Se importaron { $count } registros.
}
engagement-events = Registros recientes
engagement-events-caption = Los registros de participación más recientes
error-csv-line = Línea { $line }: { $problem }
error-csv-header = La primera línea debe ser: date,group,kind,people,source
error-csv-empty = El archivo no tiene registros después de la cabecera.
error-csv-row = Esta línea no tiene las cinco columnas.
error-csv-unreadable = No se pudo leer el archivo como CSV.
error-csv-missing = Elija un archivo CSV para importar.

## Preguntas guía
worksheet-lead = Las seis preguntas que ayudan a un equipo a ver con claridad su entorno de autorización. Las respuestas se guardan con su historial y solo las ven los miembros.
worksheet-q1 = ¿Cuáles son las estructuras de poder formales e informales de autorización en su comunidad?
worksheet-q2 = ¿Qué sesgos y desafíos estructurales son inherentes a esas estructuras de poder? ¿Cómo pueden la cocreación o la coproducción mitigarlos o superarlos?
worksheet-q3 = ¿Quién es más adecuado para la cocreación?
worksheet-q4 = ¿Quién es más adecuado para la coproducción?
worksheet-q5 = ¿Cómo pueden aprovecharse estos procesos para acelerar la autorización formal e informal en adelante?
worksheet-q6 = En el proceso de cocreación o coproducción, ¿han descuidado la capacidad operativa o su propuesta de valor público?
worksheet-unanswered = Aún sin respuesta.
worksheet-answered = Respondida el { $date } por { $name }.
worksheet-history = { $count ->
    [one] 1 respuesta anterior
   *[other] { $count } respuestas anteriores
}
worksheet-answer = Responder
worksheet-revise = Revisar la respuesta
worksheet-field-answer = Su respuesta

## Salud
health-lead = Toda iniciativa pública debe sostener sus tres bases a la vez y en todo momento. Estas comprobaciones buscan una base que se esté descuidando.
health-count = { $count ->
    [0] Nada necesita atención.
    [one] 1 cosa necesita atención.
   *[other] { $count } cosas necesitan atención.
}
health-all-clear = Las tres bases se sostienen: nada necesita atención.
health-base-clear = Nada señalado.
severity-critical = Crítico
severity-warning = Aviso
health-no-value-statement = No se ha descrito el valor público: nadie puede saber para qué sirve esta iniciativa.
health-no-value-statement-fix = Describir el valor público
health-no-measurable-outcomes = No hay resultados medibles: quienes autorizan preguntarán cómo sabrán que ha funcionado.
health-no-measurable-outcomes-fix = Añadir un resultado medible
health-capacity-without-owner = { $count ->
    [one] 1 elemento de capacidad no tiene responsable.
   *[other] { $count } elementos de capacidad no tienen responsable.
}
health-capacity-without-owner-fix = Dar un responsable a cada elemento
health-capacity-at-risk = { $count ->
    [one] 1 elemento de capacidad está en riesgo.
   *[other] { $count } elementos de capacidad están en riesgo.
}
health-capacity-at-risk-fix = Revisar la capacidad en riesgo
health-approval-overdue = { $count ->
    [one] 1 aprobación o notificación formal está vencida.
   *[other] { $count } aprobaciones o notificaciones formales están vencidas.
}
health-approval-overdue-fix = Actualizar los pasos formales
health-approval-refused = { $count ->
    [one] 1 aprobación formal fue denegada.
   *[other] { $count } aprobaciones formales fueron denegadas.
}
health-approval-refused-fix = Ver la aprobación denegada
health-formal-not-informed = { $count ->
    [one] 1 parte interesada con autoridad formal no consta como informada.
   *[other] { $count } partes interesadas con autoridad formal no constan como informadas.
}
health-formal-not-informed-fix = Registrar cuándo se les informó
health-shared-decision-without-co-creators = { $count ->
    [one] 1 ámbito de decisión se ofrece a nivel de colaborar o delegar, pero ninguna parte interesada es adecuada para cocrearlo.
   *[other] { $count } ámbitos de decisión se ofrecen a nivel de colaborar o delegar, pero ninguna parte interesada es adecuada para cocrearlos.
}
health-shared-decision-without-co-creators-fix = Buscar cocreadores en el mapa
health-charter-not-published = La carta de poder compartido no está publicada, así que la participación no puede abrirse.
health-charter-not-published-fix = Terminar y publicar la carta
health-no-recent-update = Quienes participan no han recibido ninguna actualización en los últimos 30 días.
health-no-recent-update-fix = Registrar una actualización a participantes
health-worksheet-unanswered = { $count ->
    [one] 1 pregunta guía está sin responder.
   *[other] { $count } preguntas guía están sin responder.
}
health-worksheet-unanswered-fix = Responder las preguntas guía
health-phase-overrun = La fase en curso debía haber terminado y sigue en curso.
health-no-engagement-recorded = Aún no hay participación registrada: el embudo de los cinco pasos está vacío, así que nadie puede mostrar a quién se informó, consultó o respondió.
health-no-engagement-recorded-fix = Registrar la participación
health-phase-overrun-fix = Pasar a la siguiente fase o cambiar sus fechas

## Dosier
packet-title = Dosier de autorización: { $title }
packet-prepared = preparado el { $date }
packet-print-hint = Esta página está lista para imprimirse o guardarse como PDF desde el navegador.
packet-value = La propuesta de valor público
packet-worksheet = Preguntas guía respondidas: { $answered } de { $total }.
cli-error-file = No se pudo leer el archivo { $path }: { $detail }
cli-error-write = No se pudo escribir el archivo { $path }: { $detail }
cli-error-no-initiative = No existe la iniciativa «{ $slug }» en esa comunidad.
cli-error-csv-line = La línea { $line } del archivo no es correcta; no se importó nada:
cli-error-csv-problem = Línea { $line }: { $problem }
cli-error-not-found = Eso no existe.
cli-error-forbidden = Esto no se puede hacer desde la línea de órdenes.
phases-field-accepts-ideas = Los miembros pueden publicar ideas y necesidades mientras esta fase está en curso
cli-error-smtp = No se pudo usar la URL de SMTP: { $detail }

## Ideas y necesidades
section-ideas = Ideas y necesidades
section-accountability = Lo que dijeron, lo que hicimos
nav-notifications = Avisos
nav-unread = ({ $count } nuevos)
nav-unread-many = ({ $count }+ nuevos)
ideas-lead = Diga qué falta o qué podría mejorar. Cada idea recibe una respuesta pública y razonada, también cuando algo no se puede hacer y por qué.
ideas-target = Cada idea recibe una primera respuesta en { $days } días como máximo.
ideas-median = La mitad de las ideas se respondieron en { $hours } horas o menos.
ideas-search = Buscar
ideas-filter-status = Estado
ideas-sort = Orden
ideas-sort-newest = Más recientes primero
ideas-sort-oldest = Más antiguas primero
ideas-sort-endorsed = Con más apoyos
ideas-sort-status = Por estado
ideas-none = Todavía no hay ideas.
ideas-overdue = Espera una respuesta más de lo prometido.
ideas-endorsements = { $count ->
    [one] 1 apoyo
   *[other] { $count } apoyos
}
ideas-comments = { $count ->
    [one] 1 comentario
   *[other] { $count } comentarios
}
ideas-post = Comparta una idea o una necesidad
ideas-post-submit = Publicar
ideas-field-kind = ¿Es una idea o una necesidad?
ideas-field-title = Título
ideas-field-body = Descríbala
ideas-field-area = Ámbito de decisión
ideas-area-hint = A qué parte de la carta de poder compartido se refiere, si lo sabe.
ideas-no-area = No se refiere a un ámbito concreto
ideas-field-pseudonym = Nombre que se mostrará
ideas-pseudonym-hint = Déjelo vacío para mostrar su propio nombre.
ideas-pseudonym-pupil-hint = Tu nombre real nunca se muestra. Elige un apodo que no sea tu nombre, o déjalo vacío para aparecer como «un alumno o alumna».
ideas-feed = Seguir las respuestas y los avances (canal Atom)
ideas-refused-closed = La participación todavía no está abierta en esta iniciativa.
ideas-refused-phase = La fase en curso no admite ideas nuevas.
ideas-refused-member = Solo los miembros de esta comunidad pueden publicar. Pida un enlace de invitación.
ideas-refused-observer = Las personas observadoras pueden leer pero no publicar.
ideas-refused-limit = Ha alcanzado el límite de publicaciones de hoy. Inténtelo de nuevo mañana.
idea-kind-idea = Idea
idea-kind-need = Necesidad
idea-status-new = Esperando respuesta
idea-status-under_review = En estudio
idea-status-accepted = Aceptada
idea-status-in_progress = En marcha
idea-status-done = Hecha
idea-status-not_possible = No es posible
idea-status-merged = Unida a otra idea
ideas-back = Todas las ideas y necesidades
ideas-posted-by = Publicada por { $name } el { $date }
ideas-author-pupil = un alumno o alumna
ideas-author-former = un antiguo miembro
ideas-response = La respuesta
ideas-reason = Por qué
ideas-charter-fixed = Esto lo fija la carta de poder compartido: «{ $area }» se ofrece al nivel «{ $level }».
ideas-merged-link = Ver la idea con la que se unió
ideas-conflict = Interés declarado
ideas-responded = Respondida el { $date }
ideas-awaiting = Aún sin respuesta. Cada idea recibe una primera respuesta en { $days } días como máximo.
ideas-history = Respuestas anteriores
ideas-endorse = Apoyar
ideas-withdraw = Retirar mi apoyo
ideas-respond = Responder a esta idea
ideas-field-status = Estado
ideas-field-reason = Motivo (para «no es posible»)
ideas-reason-none = Sin motivo
ideas-reason-hint = Obligatorio cuando la respuesta es «no es posible».
ideas-field-charter-area = Ámbito de la carta (para «lo fija la carta»)
ideas-charter-area-hint = Vincula la respuesta con lo que la carta dice que está decidido y por qué.
ideas-field-merge = Unir con
ideas-no-merge = Sin unir
ideas-field-merge-other = …o el número de una idea anterior
ideas-merge-other-hint = El número al final de su dirección: 12 para …/ideas/12.
ideas-field-response = Respuesta pública
ideas-response-hint = Todo el mundo puede leerla. Diga qué va a pasar, o por qué no puede hacerse.
ideas-field-conflict = Interés declarado
ideas-conflict-hint = Si usted, o personas cercanas, ganan o pierden con esta decisión, dígalo.
ideas-respond-submit = Publicar la respuesta
ideas-add-comment = Añadir un comentario
ideas-field-comment = Comentario
ideas-comment-submit = Publicar comentario
ideas-reply = Responder
not-possible-charter = Lo fija la carta de poder compartido
not-possible-cost = Cuesta más de lo que permite el presupuesto
not-possible-legal = Motivos legales o de protección
not-possible-outside_power = Fuera de las competencias de la escuela
not-possible-already_done = Ya está hecho
error-reason-required = Elija por qué no es posible.
error-charter-area-required = Elija el ámbito de la carta que lo fija.
error-merge-target = Elija la idea con la que unirla.
error-merge-self = Una idea no puede unirse consigo misma.
error-pseudonym-reveals = Este nombre revelaría quién es usted. Elija otro.
error-conduct-required = Acepte primero las normas de convivencia.
error-idea-closed = Esta idea está cerrada a nuevos apoyos y comentarios.
error-moderation-reason = Indique un motivo para la decisión de moderación.
flash-idea-posted = Gracias. Su publicación ya está visible y recibirá respuesta.
flash-comment-posted = Su comentario se ha publicado.
flash-response-saved = La respuesta se ha publicado y se ha avisado a quienes siguen la idea.
flash-flagged = Gracias. Una persona moderadora lo revisará.
flash-hidden = Oculto. El motivo se muestra en su lugar.
flash-shown = Visible de nuevo.

## Moderación
moderation-title = Moderación
moderation-lead = Los miembros avisan del contenido que incumple las normas de convivencia. Ocultar requiere un motivo, que se registra y se muestra en lugar de lo ocultado.
moderation-queue = Contenido señalado
moderation-queue-empty = No hay nada pendiente de moderación.
moderation-already-hidden = ya oculto
moderation-field-reason = Motivo
moderation-reason-hint = Se muestra públicamente en lugar del contenido oculto.
moderation-hide = Ocultar
moderation-show = Mostrar de nuevo
moderation-dismiss = Mantenerlo y cerrar los avisos
moderation-log = Registro de moderación
moderation-log-empty = Todavía no hay decisiones de moderación.
moderation-col-action = Decisión
moderation-col-what = Qué
moderation-col-who = Moderador/a
moderation-action-hide = Ocultado
moderation-action-show = Mostrado de nuevo
moderation-action-dismiss = Avisos cerrados
moderation-target-idea = Idea
moderation-target-comment = Comentario
moderation-hidden-title = Ocultado por moderación
moderation-hidden-in-place = Ocultado por moderación: { $reason }
moderation-staff-see = Puede verlo porque es facilitador/a.
moderation-author-see = Solo usted y la moderación pueden ver lo que escribió.
moderation-flag-idea = Avisar a moderación sobre esta idea
moderation-flag-comment = Avisar
moderation-field-flag-reason = ¿Qué ocurre?
moderation-flag-hint = Por ejemplo: ataque personal, se nombra a un alumno, publicidad fuera de tema.
moderation-flag-submit = Avisar

## Cola de facilitación
queue-title = Ideas que esperan respuesta
queue-lead = Cada idea debe recibir una primera respuesta dentro del plazo de su iniciativa. Las más antiguas van primero.
queue-empty = Todas las ideas tienen respuesta.
queue-caption = Ideas sin respuesta, las más antiguas primero
queue-initiative = Iniciativa
queue-waiting = Esperando
queue-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
queue-overdue = Vencida

## Normas de convivencia
conduct-title = Normas de convivencia
conduct-lead = Participar en { $community } significa aceptar estas normas.
conduct-rule-1 = Sea respetuoso/a: critique ideas, nunca a personas.
conduct-rule-2 = No nombre ni describa nunca a un alumno o alumna, ni comparta información privada de nadie.
conduct-rule-3 = Céntrese en el tema de la iniciativa.
conduct-rule-4 = Diga si tiene un interés personal en una decisión.
conduct-rule-5 = Escuche a quienes tienen experiencias distintas de la suya.
conduct-rule-6 = Nada de publicidad, campañas electorales ni spam.
conduct-moderation = La moderación puede ocultar publicaciones que incumplan estas normas. El motivo siempre se muestra en lugar de la publicación y queda registrado.
conduct-accept = Acepto las

## Lo que dijeron, lo que hicimos
accountability-lead = Lo que la escuela se comprometió a hacer en respuesta a las ideas de la comunidad, y cuánto ha avanzado cada compromiso.
accountability-commitments = Compromisos
accountability-none = Todavía no hay compromisos.
accountability-percent = Avance de { $title }
accountability-answers = En respuesta a
accountability-add-progress = Registrar avance
accountability-field-status = Estado
accountability-field-percent = Porcentaje hecho
accountability-field-body = Qué ocurrió
accountability-timeline = Cronología
accountability-timeline-none = Todavía no se ha registrado ningún avance.
accountability-new = Nuevo compromiso
accountability-field-title = Compromiso
accountability-field-description = Detalles
accountability-field-ideas = Ideas a las que responde
commitment-status-planned = Previsto
commitment-status-in_progress = En marcha
commitment-status-done = Hecho
commitment-status-dropped = Abandonado
error-done-is-100 = Un compromiso terminado está hecho al 100 %.
error-planned-is-0 = Un compromiso previsto no ha empezado: 0 %.
feed-title = { $title }: respuestas y avances
feed-progress = { $title }: { $percent } % hecho

## Avisos
notifications-title = Avisos
notifications-lead = Novedades sobre las ideas que publicó, apoyó o comentó.
notifications-settings = Elija cómo quiere recibir noticias de Tandem
notifications-none = Nada todavía.
notifications-mark-read = Marcar todo como leído
notifications-new = Nuevo
notifications-open = Abrir
notification-idea_status = Una idea que sigue tiene una nueva respuesta: { $title }
notification-commitment_progress = Ha avanzado un compromiso que responde a una idea que sigue: { $title }
notification-reply = Alguien respondió en: { $title }
account-delivery = Avisos por correo
account-delivery-lead = Siempre verá los avisos aquí; elija si también quiere recibirlos por correo.
account-delivery-no-email = Añada una dirección de correo más abajo para recibir correos.
account-delivery-legend = Con qué frecuencia
delivery-immediate = Un correo por cada aviso
delivery-daily = Un correo al día con todas las novedades
delivery-off = Ningún correo
email-idea-subject = Una respuesta sobre «{ $title }»
email-idea-body = La idea «{ $title }» tiene un nuevo estado: { $status }.

    { $text }

    Más información: { $url }
email-commitment-subject = Avances en «{ $title }»
email-commitment-body = El compromiso «{ $title }» ha avanzado: { $status }.

    { $text }

    Más información: { $url }
email-footer = Recibe este correo porque publicó, apoyó o comentó una idea. Elija cómo quiere recibir noticias de Tandem: { $url }
email-digest-subject = { $count ->
    [one] 1 novedad de Tandem
   *[other] { $count } novedades de Tandem
}
email-digest-intro = Esto es lo que ha pasado con las ideas que sigue:
email-digest-link = Véalas todas: { $url }
health-ideas-awaiting-response = { $count ->
    [one] 1 idea lleva esperando respuesta más de lo prometido.
   *[other] { $count } ideas llevan esperando respuesta más de lo prometido.
}
health-ideas-awaiting-response-fix = Responder a las ideas más antiguas

## Counting (command line and results pages)
cli-error-count-line = { $file }, línea { $line }: { $problem }
cli-error-count = { $file }: { $problem }
cli-error-completion = La compleción solo se aplica a Partes Iguales (--rule mes o mes-card).
cli-error-phragmen = Phragmén cuenta papeletas de aprobación; este archivo tiene papeletas { $kind }.
cli-pb-header = { $rule }: { $funded } de { $projects } proyectos financiados, { $voters } votantes
cli-pb-spent = Gastado { $spent } de { $budget } ({ $percent } %)
cli-pb-funded = Financiados:
cli-pb-not-funded = No financiados:
cli-pb-project = { $id } { $name } · coste { $cost } · { $supporters } apoyos · { $verdict }
cli-vote-header = { $method }: { $voters } votantes, { $candidates } candidaturas
cli-vote-winner = Gana: { $names }
cli-vote-tie = Empate entre: { $names }
cli-vote-round = Ronda { $round }: { $tallies }; agotadas { $exhausted }
cli-vote-eliminated = eliminadas: { $names }
cli-vote-scores = Puntuaciones: { $scores }
cli-vote-pairwise = Votantes que prefieren la fila a la columna:
cli-vote-strongest = Caminos más fuertes (Schulze):
count-pb-unreadable = no se puede leer el archivo ({ $detail })
count-pb-missing-section = falta la sección { $section }
count-pb-repeated-section = la sección { $section } aparece dos veces
count-pb-outside-section = esta fila no está dentro de una sección META, PROJECTS o VOTES
count-pb-missing-meta = META no tiene «{ $key }»
count-pb-missing-column = { $section } no tiene la columna «{ $column }»
count-pb-bad-number = «{ $value }» en «{ $column }» no es un número
count-pb-vote-type = «{ $value }» no es un tipo de voto (approval, choose-1, cumulative, scoring, ordinal)
count-pb-duplicate-project = el proyecto «{ $id }» aparece dos veces
count-pb-unknown-project = el voto nombra el proyecto «{ $id }», que no está en PROJECTS
count-pb-repeated-warning = línea { $line }: el votante «{ $voter }» incluye el proyecto «{ $id }» { $times } veces; se cuenta una vez, como hace pabutools
count-pb-points = el voto incluye { $projects } proyectos pero { $points } puntuaciones
count-pb-cells = la fila tiene { $found } celdas pero el encabezado nombra { $expected }
count-preflib-not-utf8 = el archivo no es texto UTF-8
polis-missing-votes = no hay ni votes.csv ni participants-votes.csv
polis-missing-column = no hay columna "{ $column }"
polis-not-integer = "{ $value }" en "{ $column }" no es un número entero
polis-bad-vote = un voto es 1, -1 o 0, no "{ $value }"
polis-malformed = el CSV no se puede leer
polis-header = { $participants } participantes, { $statements } afirmaciones, { $votes } votos; { $mapped } en el mapa en { $groups } grupos de opinión
polis-consensus = Compartido por la mayoría:
polis-agree-line = { $percent } % de acuerdo · { $statement }
polis-disagree-line = { $percent } % en desacuerdo · { $statement }
polis-group = El grupo { $group } ({ $size } personas) destaca en:
polis-divisive = Lo que más divide a los grupos:
polis-imported = Conversación { $id } importada: { $statements } afirmaciones, { $votes } votos (se omitieron { $skipped } afirmaciones vacías). Su mapa está dibujado.
polis-exported = Escrito en { $dir } ({ $participants } participantes, numerados, nunca con nombre).
polis-no-conversation = No hay ninguna conversación { $id } en esa iniciativa.
count-preflib-missing-alternatives = falta el encabezado «# NUMBER ALTERNATIVES»
count-preflib-repeated-alternatives = «# NUMBER ALTERNATIVES» debe aparecer una vez, antes de las papeletas
count-preflib-bad-alternatives = «{ $value }» no es un número de alternativas utilizable
count-preflib-ballot-before-header = hay una papeleta antes del encabezado «# NUMBER ALTERNATIVES»
count-preflib-bad-line = una línea de papeleta debe tener la forma «número: a,b,c»
count-preflib-bad-count = «{ $value }» no es un número de papeletas
count-preflib-ties = los empates ({"{"}…{"}"}) no se admiten en órdenes estrictos
count-preflib-bad-alternative = «{ $value }» no es un número de alternativa
count-preflib-out-of-range = la alternativa { $alternative } no está entre 1 y { $alternatives }
count-preflib-ranked-twice = la alternativa { $alternative } aparece dos veces
count-preflib-empty-ballot = la papeleta no ordena ninguna alternativa
count-preflib-incomplete = un orden completo debe incluir las { $alternatives } alternativas; este incluye { $ranked }
count-verdict-funded = financiado en la ronda { $round }
count-verdict-free = financiado: no cuesta nada
count-verdict-cannot-afford = no financiado: el dinero se repartió a partes iguales entre quienes votaron, y quienes apoyaban este proyecto ya habían gastado su parte
count-verdict-did-not-fit = no financiado: no cabía en los { $left } restantes
count-verdict-stopped = no financiado: el recuento terminó antes de llegar a él
count-verdict-threshold = no financiado: por debajo de la puntuación mínima
count-verdict-no-support = no financiado: nadie lo eligió
count-verdict-completion = financiado en el paso de compleción, ronda { $round }
count-rule-greedy = Voraz por votos (regla oficial de Pabulib)
count-rule-greedy-cost = Voraz utilitario (satisfacción = coste)
count-rule-greedy-card = Voraz utilitario (un punto por proyecto financiado)
count-rule-mes = Método de Partes Iguales (satisfacción = coste)
count-rule-mes-card = Método de Partes Iguales (un punto por proyecto financiado)
count-rule-mes-add1 = Método de Partes Iguales, con partes aumentadas hasta usar el presupuesto
count-rule-mes-add1-greedy = Método de Partes Iguales, partes aumentadas y voraz para el resto
count-rule-phragmen = Phragmén secuencial
count-rule-unknown = Regla desconocida
count-method-irv = Segunda vuelta instantánea
count-method-schulze = Schulze
count-method-borda = Recuento Borda
count-method-plurality = Mayoría simple
count-method-approval = Aprobación
count-method-score = Puntuación
count-method-consent = Consentimiento
count-method-unknown = Método desconocido

## Co-decision: polls and budgets
section-decide = Decidir juntos
decide-lead = Las votaciones y los presupuestos participativos deciden lo que la carta permite decidir a la comunidad. Cada papeleta cuenta una vez; los resultados se cuentan a partir de las papeletas al cerrar la votación y se explican.
decide-polls = Votaciones
decide-budgets = Presupuestos participativos
decide-no-polls = Todavía no hay votaciones.
decide-no-budgets = Todavía no hay presupuestos participativos.
decide-ballots = { $count ->
    [one] 1 papeleta
   *[other] { $count } papeletas
}
decide-window-later = Se abre el { $opens }; cierra al final del { $closes } ({ $zone })
decide-window-open = Abierta hasta el final del { $closes } ({ $zone })
decide-window-closed = Cerrada el { $closes }
decide-eligible-all = Todos los miembros excepto observadores
decide-eligible-groups = Miembros de estos grupos: { $groups }
decide-needs-charter = Solo se pueden crear votaciones y presupuestos una vez publicada la carta de reparto de poder, porque cada uno pertenece a uno de sus ámbitos de decisión.
decide-charter-link = Leer la carta de reparto de poder
decide-charter-heading = Lo que dice la carta sobre esta decisión
decide-charter-area = Ámbito de decisión: { $area }. Nivel de influencia:
decide-charter-final = La decisión final la toma: { $who }.
decide-charter-advisory = En este nivel el resultado orienta a quienes deciden; explicarán públicamente cómo lo han usado.
decide-choose-area = Elija un ámbito de decisión
decide-new-poll = Abrir una votación
decide-new-budget = Abrir un presupuesto participativo
decide-field-question = Pregunta
decide-field-title = Título
decide-field-description = Descripción
decide-field-method = Cómo se cuenta
decide-method-hint = Los métodos por orden permiten ordenar tantas opciones como se quiera.
decide-field-options = Opciones
decide-options-hint = Una opción por línea, de 2 a 20. Las votaciones de consentimiento no necesitan opciones.
decide-field-area = Ámbito de decisión de la carta
decide-area-hint = En la papeleta se muestra el nivel de influencia que la carta da a este ámbito.
decide-field-opens = Se abre el
decide-opens-hint = Déjelo vacío para abrirla hoy. Las fechas son días de la zona horaria de la comunidad, { $zone }.
decide-field-closes = Cierra al final del
decide-field-quorum = Quórum
decide-quorum-hint = Número de papeletas necesario para que el resultado sea válido; 0 o vacío si no hay.
decide-field-groups = Quién puede votar
decide-groups-hint = Marque los grupos que pueden votar, o ninguno para todos los miembros.
decide-create-poll = Abrir la votación
decide-field-total = Presupuesto
decide-total-hint = La cantidad a repartir, por ejemplo 25000 o 25000.50.
decide-field-currency = Moneda
decide-currency-hint = Un símbolo o código, por ejemplo € o USD.
decide-field-ballot = Papeleta
decide-field-points = Puntos por votante
decide-points-hint = Solo para papeletas de puntos: cuántos puntos reparte cada votante.
decide-field-rule = Regla de recuento
decide-rule-hint = Se fija antes de abrir la votación y se muestra en la papeleta.
decide-create-budget = Abrir el presupuesto
decide-when = Cuándo
decide-who = Quién puede votar
decide-turnout = Participación
decide-quorum = quórum { $quorum }
decide-your-ballot = Su papeleta
decide-your-ballot-change = Su papeleta (puede cambiarla hasta que cierre la votación)
decide-you-voted = Su papeleta: { $ballot }
decide-cast-vote = Votar
decide-change-vote = Cambiar mi voto
decide-rank-hint = Ponga 1 a su primera opción, 2 a la siguiente, y así. Deje sin número las que no quiera ordenar.
decide-not-ranked = Sin ordenar
decide-rank-n = { $rank }
decide-result = Resultado
decide-result-later = El resultado se cuenta al cerrar la votación, con todas las papeletas.
decide-no-ballots = No se emitió ninguna papeleta.
decide-quorum-missed = No se alcanzó el quórum de { $quorum } papeletas ({ $count } emitidas): el resultado no es válido.
decide-winner = Resultado: { $names }
decide-tie = Empate entre { $names }. La carta dice quién decide un empate, en público.
decide-chart-title = Votos de cada opción
decide-chart-desc = Una barra por opción; las mismas cifras están en la tabla.
decide-irv-chart-title = Votos de cada opción en la última ronda
decide-irv-rounds = Rondas de segunda vuelta instantánea: primeras preferencias de las opciones que siguen
decide-round = Ronda { $round }
decide-eliminated = eliminada
decide-exhausted = Papeletas sin preferencias restantes
decide-option = Opción
decide-count = Recuento
decide-result-table = Respuestas
decide-pairwise = Votantes que prefieren la opción de la fila a la de la columna
decide-strongest = Fuerza del camino más fuerte de la opción de la fila a la de la columna (Schulze)
decide-same = misma opción
decide-turnout-groups = Papeletas por grupo
decide-group = Grupo
decide-group-paper = Papeletas en papel
decide-group-none = Miembros sin grupo de interés
decide-online-paper = Papeletas contadas: { $online } en línea y { $paper } en papel.
decide-privacy-note = Los recuentos menores de { $threshold } se ocultan para proteger al alumnado y a los grupos pequeños, y también cualquier recuento que permitiera deducirlos.
decide-paper = Papeletas en papel
decide-paper-lead = Para votos emitidos en papel o por teléfono. Indique primero cuántas papeletas se recogieron: no se puede registrar más. Cada papeleta se registra con una nota y cuenta cuando otra persona facilitadora, distinta de quien la registró, la confirma.
decide-field-paper-note = De dónde viene esta papeleta
decide-paper-note-hint = Por ejemplo: «Reunión de familias, 12 de noviembre, urna 2».
decide-paper-submit = Registrar la papeleta en papel
decide-paper-audit = Papeletas en papel registradas
decide-refused-not-member = Solo los miembros de esta comunidad pueden votar.
decide-refused-observer = Los observadores pueden leer pero no votar.
decide-refused-participation = La participación no está abierta en esta iniciativa.
decide-refused-not-eligible = Esta votación es para otros grupos.
decide-refused-not-open = La votación todavía no se ha abierto.
decide-refused-closed = La votación está cerrada.
poll-method-plurality = Mayoría simple
poll-method-approval = Aprobación
poll-method-score = Puntuación
poll-method-borda = Recuento Borda
poll-method-irv = Segunda vuelta instantánea
poll-method-schulze = Schulze
poll-method-consent = Consentimiento
poll-method-plurality-desc = elija una opción; gana la opción con más votos.
poll-method-approval-desc = marque todas las opciones que acepta; gana la opción con más marcas.
poll-method-score-desc = dé a cada opción de 0 a 5 puntos; gana el total más alto.
poll-method-borda-desc = ordene las opciones; cada orden da a una opción un punto por cada opción por debajo y le quita uno por cada opción por encima.
poll-method-irv-desc = ordene las opciones; se retira la opción con menos primeras preferencias y sus papeletas pasan a la siguiente elección, hasta que una tenga más de la mitad.
poll-method-schulze-desc = ordene las opciones; se comparan todas las parejas y gana la opción que vence a todas las demás, directamente o mediante una cadena más fuerte.
poll-method-consent-desc = responda a una propuesta; se aprueba salvo que alguien la bloquee.
poll-method-plurality-legend = Elija una opción
poll-method-approval-legend = Marque todas las opciones que acepta
poll-method-score-legend = Dé a cada opción de 0 (peor) a 5 (mejor)
poll-method-borda-legend = Ordene las opciones
poll-method-irv-legend = Ordene las opciones
poll-method-schulze-legend = Ordene las opciones
poll-method-consent-legend = Su respuesta a la propuesta
poll-method-plurality-table = Votos de cada opción
poll-method-approval-table = Marcas de cada opción
poll-method-score-table = Puntos totales de cada opción
poll-method-borda-table = Puntos Borda de cada opción
consent-agree = De acuerdo
consent-abstain = Me abstengo
consent-disagree = En desacuerdo
consent-block = Bloqueo
consent-agree-desc = La apoyo.
consent-abstain-desc = Acepto lo que decida el grupo.
consent-disagree-desc = Tengo dudas, pero no la detendré.
consent-block-desc = Tengo una objeción seria y no debe seguir adelante.
consent-stance = Respuesta
consent-passes = La propuesta se aprueba: nadie la bloqueó.
consent-blocked = La propuesta está bloqueada.
consent-none = Nadie respondió.
budget-ballot-approval = Elegir proyectos
budget-ballot-cumulative = Repartir puntos
budget-ballot-approval-desc = marque los proyectos que quiere; juntos pueden costar hasta { $total }.
budget-ballot-cumulative-desc = reparta hasta { $points } puntos entre los proyectos que quiere.
budget-rule-greedy = Primero los más votados
budget-rule-equal_shares = Partes Iguales
budget-rule-greedy-desc = los proyectos se financian por orden de votos, cada uno si todavía cabe en el presupuesto.
budget-rule-equal_shares-desc = cada votante recibe una parte igual del presupuesto; un proyecto se financia cuando sus apoyos pueden pagarlo con sus partes, primero el más barato por apoyo, para que cada grupo reciba una parte justa. El dinero sobrante se reparte hasta usar el presupuesto, y después se añaden los proyectos con más apoyo que todavía caben.
budget-no-projects = Todavía no hay proyectos en la papeleta.
budget-projects = Proyectos de la papeleta
budget-project = Proyecto
budget-field-cost = Coste
budget-cost-hint = En { $currency }, por ejemplo 4500 o 4500.50.
budget-legend-approval = Elija proyectos que cuesten { $total } o menos en total
budget-legend-cumulative = Reparta hasta { $points } puntos
budget-you-voted = Ya ha votado; sus elecciones están marcadas abajo.
budget-funded = { $count ->
    [one] 1 proyecto financiado
   *[other] { $count } proyectos financiados
}: { $spent } de { $total }
budget-chart-title = Apoyos de cada proyecto
budget-chart-desc = Una barra por proyecto; la tabla da las mismas cifras y por qué se financió o no cada uno.
budget-why = Por qué se financió o no cada proyecto
budget-voters = Apoyos
budget-voters-points = Apoyos (votantes que dieron puntos)
budget-verdict = Resultado
budget-export = Descargar las papeletas (Pabulib .pb)
budget-export-hint = Anonimizadas: los votantes van numerados, nunca con nombre. Vuelva a contarlas con cualquier herramienta de Pabulib.
budget-propose = Proponer un proyecto
budget-propose-lead = Una persona facilitadora revisa cada propuesta antes de que pase a la papeleta.
budget-propose-submit = Proponerlo
budget-add-project = Añadir un proyecto a la papeleta
budget-proposed = Proyectos propuestos pendientes de decisión
budget-accept = Poner «{ $title }» en la papeleta
budget-decline = Rechazar «{ $title }»
budget-carry = Traer una idea aceptada
budget-carry-lead = Las ideas que planteó la comunidad y que se aceptaron pueden pasar a la papeleta como proyectos.
budget-field-idea = Idea
budget-carry-submit = Ponerla en la papeleta
flash-poll-created = La votación está lista.
flash-budget-created = El presupuesto participativo está listo. Añada proyectos a su papeleta.
flash-vote-recorded = Su voto está registrado. Puede cambiarlo hasta que cierre la votación.
flash-paper-recorded = La papeleta está registrada. Cuenta cuando otra persona facilitadora la confirme.
flash-project-added = El proyecto está en la papeleta.
flash-project-proposed = Gracias. Una persona facilitadora revisará su propuesta.
flash-project-updated = El proyecto está actualizado.
error-area-required = Elija el ámbito de decisión de la carta al que pertenece.
error-ballot-choose-one = Elija una opción.
error-ballot-approve-one = Marque al menos una opción.
error-ballot-score-one = Dé a al menos una opción una puntuación mayor que 0.
error-ballot-rank-one = Ordene al menos una opción.
error-ballot-rank-repeated = Cada puesto se puede usar una vez: dé números distintos a sus opciones.
error-ballot-stance = Elija una respuesta.
error-ballot-project-one = Elija al menos un proyecto.
error-ballot-over-budget = Sus elecciones cuestan { $spent }, más de los { $total } disponibles. Desmarque un proyecto.
error-ballot-points-one = Dé algunos puntos a al menos un proyecto.
error-ballot-too-many-points = Ha dado { $used } puntos; el máximo es { $max }.
error-closes-before-opens = La fecha de cierre debe ser igual o posterior a la de apertura.
error-closes-in-past = La fecha de cierre no puede estar en el pasado.
error-cost-over-budget = Un proyecto no puede costar más que todo el presupuesto ({ $total }).
error-money = Escriba una cantidad como 4500 o 4500.50.
error-money-positive = La cantidad debe ser mayor que 0.
error-options-count = Dé entre 2 y { $max } opciones, una por línea.
error-options-repeated = La opción «{ $option }» aparece dos veces.

## Conversaciones (mapas de opinión)
conversation-list = Conversaciones
conversation-lead = En una conversación cada persona vota de acuerdo, en desacuerdo o pasa sobre afirmaciones breves, una a una, y puede añadir las suyas. Un mapa muestra después los grupos de opinión de la comunidad y lo que comparten.
conversation-none = Todavía no hay conversaciones.
conversation-counts = { $statements } afirmaciones · { $voters } personas han votado
conversation-report-link = Ver el mapa de opinión
conversation-new = Empezar una conversación
conversation-field-topic = Tema
conversation-create = Empezar la conversación
flash-conversation-created = La conversación ha empezado. Añada algunas afirmaciones para ponerla en marcha.
conversation-vote-heading = Su turno
conversation-login = Inicie sesión para votar las afirmaciones.
conversation-progress = Ha votado { $done } de { $total } afirmaciones.
conversation-statement = Afirmación:
conversation-agree = De acuerdo
conversation-disagree = En desacuerdo
conversation-pass = Paso / no lo sé
conversation-all-voted = Ha votado todas las afirmaciones. ¡Gracias!
conversation-add = Añadir una afirmación
conversation-add-lead = Diga una sola cosa con la que otras personas puedan estar de acuerdo o no. Una persona facilitadora revisa las afirmaciones antes de mostrarlas.
conversation-add-seed = Como persona facilitadora, sus afirmaciones se muestran enseguida. Siembre la conversación con puntos de vista diversos.
conversation-field-statement = Afirmación
conversation-submit = Añadir la afirmación
conversation-moderation = Afirmaciones pendientes de revisión
conversation-no-pending = No hay nada pendiente.
conversation-accept = Mostrarla
conversation-reject = No mostrarla
conversation-your-votes = Sus votos
error-conversation-statement = Elija una afirmación que se muestre en esta conversación.
error-conversation-vote = Elija de acuerdo, en desacuerdo o paso.
error-conversation-decision = Elija si mostrar la afirmación o no.
flash-conversation-voted = Su voto ha quedado registrado. Esta es la siguiente afirmación.
flash-statement-added = La afirmación se ha añadido.
flash-statement-pending = Gracias. Una persona facilitadora revisará su afirmación antes de mostrarla.
flash-statement-moderated = La afirmación se ha moderado.
conversation-map-title = Mapa de opinión
conversation-map-desc = Cada marca es una persona participante (sin nombres); quienes votan parecido quedan cerca. { $groups } grupos de opinión, identificados por letra. Las mismas cifras están en las tablas de abajo.
conversation-report-title = Mapa de opinión: { $topic }
conversation-back = Volver a la conversación
conversation-no-map = El mapa se dibuja unos segundos después de que lleguen votos, cuando ha votado suficiente gente. Todavía no hay mapa.
conversation-drawn = Mapa dibujado el { $date } a partir de { $votes } votos.
conversation-stale = Desde entonces han llegado { $count } votos; el mapa se redibujará en breve.
conversation-map = Los grupos
conversation-map-lead = { $mapped } personas han votado lo suficiente para situarlas; se reparten en { $groups } grupos de opinión.
conversation-groups = Grupos de opinión
conversation-group = Grupo
conversation-people = Personas
conversation-group-name = Grupo { $letter }
conversation-consensus = Lo que comparte la mayoría
conversation-consensus-lead = Afirmaciones con las que una clara mayoría de todas las personas está de acuerdo (o en desacuerdo).
conversation-none-yet = Todavía ninguna.
conversation-agree-share = { $percent } de acuerdo
conversation-disagree-share = { $percent } en desacuerdo
conversation-divisive = Donde más difieren los grupos
conversation-divisive-lead = Afirmaciones en las que el acuerdo de los grupos está más alejado.
conversation-divisive-caption = Parte de cada grupo que está de acuerdo
conversation-group-agree = Grupo { $letter } de acuerdo
conversation-repness = Lo que distingue a cada grupo
conversation-small-group = Las cifras de este grupo se ocultan para proteger la privacidad.
conversation-spread = Grupos de interés en los grupos de opinión
conversation-spread-lead = Cuántas personas de cada grupo de interés caen en cada grupo de opinión. Una comunidad cuyos grupos de opinión siguen a sus grupos de interés quizá solo escuche algunas de sus voces.
conversation-spread-caption = Personas por grupo de interés y grupo de opinión
conversation-all-statements = Todas las afirmaciones
conversation-all-caption = Votos de cada afirmación mostrada en la conversación
conversation-gac = Acuerdo entre grupos (0–1)

audit-title = Registro de auditoría
audit-lead = Todos los cambios hechos por el personal y la administración, por cualquier vía: en estas páginas, a través de la API, en la línea de órdenes o por una tarea en segundo plano. Las papeletas y los votos nunca se registran aquí, para que sigan siendo secretos.
audit-filter-initiative = Iniciativa
audit-filter-actor = Persona
audit-filter-action = Acción
audit-filter-from = Desde
audit-filter-until = Hasta
audit-count = { $count ->
    [one] Una entrada
   *[other] { $count } entradas
}
audit-caption = Entradas del registro de auditoría, de la más reciente a la más antigua
audit-empty = Nada coincide con estos filtros.
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-action = Acción
audit-col-initiative = Iniciativa
audit-col-subject = Objeto
audit-col-detail = Detalle
moment = { $date }, { $time } ({ $zone })
audit-nobody = El operador del servidor
audit-via-page = en las páginas web
audit-via-api = a través de la API
audit-via-cli = en la línea de órdenes
audit-via-worker = por una tarea en segundo plano
audit-action-account-create = Cuenta creada
audit-action-account-credentials = Datos de acceso cambiados
audit-action-account-email = Dirección de acceso cambiada
audit-action-account-email-request = Nueva dirección de acceso solicitada
audit-action-account-password = Contraseña cambiada
audit-action-account-password-reset = Contraseña restablecida con enlace por correo
audit-action-account-delivery = Preferencia de correo cambiada
audit-action-account-profile = Perfil cambiado
audit-action-account-token-create = Token de API creado
audit-action-account-token-revoke = Token de API revocado
audit-action-authorization-add = Autorización añadida
audit-action-authorization-update = Autorización cambiada
audit-action-authorization-delete = Autorización eliminada
audit-action-budget-create = Presupuesto iniciado
audit-action-budget-paper = Papeleta en papel registrada (presupuesto)
audit-action-budget-project-add = Proyecto añadido
audit-action-budget-project-status = Proyecto revisado
audit-action-capacity-add = Capacidad añadida
audit-action-capacity-update = Capacidad cambiada
audit-action-capacity-delete = Capacidad eliminada
audit-action-charter-intro = Introducción de la carta cambiada
audit-action-charter-area-add = Área de decisión añadida
audit-action-charter-area-update = Área de decisión cambiada
audit-action-charter-area-delete = Área de decisión eliminada
audit-action-charter-publish = Carta publicada
audit-action-commitment-create = Compromiso adquirido
audit-action-commitment-progress = Avance informado
audit-action-community-create = Comunidad creada
audit-action-community-update = Configuración de la comunidad cambiada
audit-action-conversation-create = Conversación iniciada
audit-action-conversation-import = Conversación importada
audit-action-conversation-moderate = Afirmación moderada
audit-action-engagement-import = Registros de participación importados
audit-action-engagement-record = Participación registrada
audit-action-group-add = Grupo de interés añadido
audit-action-group-rename = Grupo de interés renombrado
audit-action-idea-respond = Idea respondida
audit-action-initiative-create = Iniciativa creada
audit-action-initiative-update = Iniciativa cambiada
audit-action-invitation-create = Enlace de invitación creado
audit-action-invitation-revoke = Enlace de invitación revocado
audit-action-invitation-accept = Invitación aceptada
audit-action-member-update = Rol de un miembro cambiado
audit-action-member-merge = Dos cuentas de una persona fusionadas
audit-action-signin-link-create = Enlace de acceso emitido para un miembro
audit-action-signin-link-use = Enlace de acceso usado
audit-action-moderation-hide = Ocultado por moderación
audit-action-moderation-restore = Mostrado de nuevo por moderación
audit-action-moderation-dismiss = Avisos descartados
audit-action-outcome-add = Resultado añadido
audit-action-outcome-update = Resultado cambiado
audit-action-outcome-delete = Resultado eliminado
audit-action-participation-open = Participación abierta
audit-action-participation-close = Participación cerrada
audit-action-phase-add = Fase añadida
audit-action-phase-update = Fase cambiada
audit-action-phase-delete = Fase eliminada
audit-action-phase-current = Cambio de fase
audit-action-poll-create = Votación iniciada
audit-action-poll-paper = Papeleta en papel registrada (votación)
audit-action-school-add = Escuela añadida
audit-action-stakeholder-add = Actor añadido
audit-action-stakeholder-update = Actor cambiado
audit-action-stakeholder-delete = Actor eliminado
audit-action-support-set = Apoyo registrado
audit-action-worksheet-answer = Hoja de trabajo respondida
error-may-identify = Esto puede mostrar quién es usted: { $terms }. Quítelo, o marque «Publicar de todos modos» y la moderación lo revisará antes de que nadie más pueda leerlo.
ideas-post-anyway = Publicar de todos modos: la moderación lo revisa antes
held-may-identify = En espera de moderación: puede mostrar quién lo escribió.
held-may-identify-flag = Publicado por un alumno o una alumna pese al aviso de que puede mostrar quién es: { $terms }

decide-too-few = Se emitieron menos de { $threshold } papeletas: el recuento es demasiado pequeño para publicarlo en detalle o por grupo. Solo se muestra el resultado.
error-too-few-to-publish = Participaron demasiado pocas personas para publicarlo sin que se pueda identificar a alguien.
settings-field-threshold = Menor recuento publicado
settings-threshold-hint = Los recuentos de personas o papeletas por debajo de esta cifra no se publican nunca, en ninguna página, en la API ni en las exportaciones. Como mínimo 5; una escuela pequeña puede elegir más.
budget-funded-projects = Proyectos financiados
decide-turnout-hidden = La participación por grupo de interés no se publica: conocido el número de papeletas, se podría deducir un grupo de menos de { $threshold }.
conversation-no-stakeholder-group = En ningún grupo de interés
conversation-map-lead-few = Las personas que votaron lo suficiente para situarlas se reparten en { $groups } grupos de opinión; son demasiado pocas para contarlas grupo a grupo.
error-read-only-token = Este token solo permite leer. Cree en su página de cuenta un token que permita escribir.
account-field-token-scope = Permite
account-token-scope-hint = Un token que solo lee no puede cambiar nada, aunque se filtre.
account-field-token-days = Días de validez
account-token-days-hint = De 1 a 365; un token olvidado deja de funcionar por sí solo.
account-token-expires-col = Caduca
account-token-expired = caducado
token-scope-read = Solo leer
token-scope-write = Leer y escribir
audit-action-poll-update = Votación cambiada
audit-action-poll-cancel = Votación cancelada
audit-action-poll-close = Votación cerrada antes de tiempo
error-area-inform-only = La carta dice que esta área es solo para informar: no se puede decidir por votación. Elija un área en la que la comunidad pueda influir.
error-poll-has-ballots = Alguien ya ha votado: la pregunta se mantiene tal como se hizo. Cancélela con un motivo y empiece una nueva.
error-objection-reason = Diga por qué se opone: ¿qué tendría que cambiar para que dé su consentimiento?
decide-poll-cancelled = Esta votación se canceló: { $reason }
decide-poll-closed-early = Esta votación se cerró antes de su fecha: { $reason }
decide-cancelled-nothing-counted = No se cuenta nada: la votación se canceló.
consent-objections = Las objeciones, y lo que tendría que cambiar
consent-field-reason = Si bloquea: por qué, y qué tendría que cambiar
consent-reason-hint = Necesario si bloquea; todo el mundo lo lee con el resultado, sin su nombre.
decide-manage = Gestionar esta votación
decide-edit-poll = Cambiar la pregunta, las opciones o las fechas
decide-edit-closed = Alguien ya ha votado: la pregunta se mantiene tal como se hizo.
decide-field-end-reason = Motivo para cerrar antes o cancelar
decide-end-reason-hint = Todo el mundo lo lee en la votación.
decide-close-early = Cerrar ahora y contar
decide-cancel-poll = Cancelar: no contar nada
flash-poll-cancelled = La votación está cancelada; todo el mundo ve por qué.
flash-poll-closed = La votación está cerrada y contada; todo el mundo ve por qué se cerró antes.
decide-paper-declared = Recogidas
decide-paper-not-declared = Aún sin declarar
decide-paper-entered = Registradas
decide-paper-confirmed = Confirmadas y contadas
decide-paper-until = Se aceptan hasta el final del
decide-paper-declare = Cuántas papeletas en papel se recogieron
decide-field-paper-declared = Papeletas en papel recogidas
decide-paper-declared-hint = Cuéntelas antes de registrar ninguna. Si llegan más, aumente el número.
decide-field-paper-until = Aceptarlas hasta
decide-paper-until-hint = Así se pueden registrar y confirmar papeletas después del cierre de la votación, hasta el final de ese día, y el resultado espera hasta entonces. Déjelo vacío para aceptarlas solo mientras la votación está abierta.
decide-paper-enter = Registrar una papeleta en papel
decide-paper-all-entered = { $count ->
    [0] No se esperan papeletas en papel. Para registrar alguna, indique cuántas se recogieron.
   *[other] Las { $count } papeletas recogidas están registradas. Si se recogieron más, aumente el número.
}
decide-tracker = Código de seguimiento
decide-paper-entered-by = Registrada por
decide-paper-confirmed-by = Confirmada por
decide-paper-confirm = Confirmar la papeleta { $tracker }
decide-paper-awaiting = A la espera de otra persona facilitadora
decide-paper-not-counted = No se confirmó a tiempo: no cuenta
decide-your-tracker = El código de seguimiento de su papeleta es { $tracker }. Anótelo: cuando cierre la votación, búsquelo en la lista de papeletas para comprobar que se contó tal como votó.
decide-voted-sealed = Usted votó. Su papeleta ya no está vinculada a usted: busque su código de seguimiento en la lista de papeletas contadas.
decide-counting = La votación está cerrada. Se aceptan papeletas en papel hasta el final del { $date }; después se publica el resultado.
decide-bulletin = Todas las papeletas contadas, por código de seguimiento ({ $count })
decide-bulletin-lead = Cada votante recibió un código de seguimiento al votar. Busque el suyo para comprobar que su papeleta se contó tal como votó; cualquiera puede volver a contar el resultado con esta lista.
decide-ballot = Papeleta
flash-paper-declared = Se ha guardado el número de papeletas en papel recogidas.
flash-paper-confirmed = La papeleta está confirmada y se contará.
error-paper-undeclared = Indique cuántas papeletas en papel se recogieron antes de registrarlas.
error-paper-all-entered = Ya están registradas todas las papeletas declaradas. Si se recogieron más, aumente antes el número.
error-paper-not-confirmable = No puede confirmar esa papeleta: la confirma una vez otra persona facilitadora, distinta de quien la registró.
error-paper-below-entered = Ya hay más papeletas registradas que ese número.
error-counting-before-close = Elija un día posterior al cierre de la votación.
email-tracker-subject = Su papeleta en «{ $title }»
email-tracker-body = Su papeleta en «{ $title }» está registrada. Su código de seguimiento es { $tracker }.
    Cuando cierre la votación, todas las papeletas contadas se publican por su código, sin nombres: busque la suya para comprobar que se contó tal como votó. Nadie más sabe qué código es el suyo; guarde este correo para usted.
audit-action-paper-declare = Papeletas en papel declaradas
audit-action-paper-confirm = Papeleta en papel confirmada
join-signin-title = Entrar en { $community }
join-signin-lead = Este enlace le devuelve el acceso a su propia cuenta en { $community }, con todo lo que hizo allí. Funciona una sola vez. Si tiene la sesión abierta en otro dispositivo, esa sesión se cierra.
join-signin-submit = Entrar
flash-signed-in-by-link = Ha entrado en su cuenta.
error-signin-other-person = Este enlace de acceso es para la cuenta de otro miembro. Cierre la sesión primero si es la suya.
error-signin-link-not-for = Los enlaces de acceso son para miembros que entran por enlace. El personal y quien tenga contraseña entra con ella (o la restablece).
error-merge-same = Elija dos cuentas distintas.
error-merge-account-self = No puede retirar la cuenta que está usando.
error-merge-site-admin = La cuenta de una persona administradora del sitio no se puede fusionar con otra.
error-merge-other-community = Esa cuenta también pertenece a otra comunidad; deben estar de acuerdo sus administradores, así que no se puede fusionar aquí.
members-signin-issue = Nuevo enlace de acceso para { $name }
members-signin-created = Un enlace de acceso para { $name }
members-signin-once = Entrégueselo en persona o por un canal de confianza. Da acceso a su propia cuenta una vez, en { $days } días, y cierra sus otras sesiones. Solo se muestra ahora; un enlace anterior sin usar deja de funcionar.
members-merge-lead = ¿Alguien tiene dos cuentas (se unió dos veces)?
members-merge-link = Fusionar dos cuentas de una persona
merge-title = Fusionar dos cuentas de una persona
merge-lead = Cuando alguien se unió dos veces, fusione la cuenta que ya no usa con la que conserva. No se puede deshacer.
merge-what-ballots = En votaciones y presupuestos aún abiertos, y en las conversaciones, se conserva la papeleta o el voto más reciente de los dos; el otro se elimina.
merge-what-posts = Ideas, comentarios, afirmaciones, apoyos, propuestas y notificaciones pasan a la cuenta que se conserva.
merge-what-retired = La cuenta retirada sale de la comunidad y ya no puede entrar. El registro de auditoría anota la fusión y la sigue nombrando por lo que hizo.
merge-what-sealed = En votaciones y presupuestos ya cerrados, las papeletas ya no están vinculadas a nadie: si votaron las dos cuentas, cuentan las dos papeletas. La fusión le dice cuántas.
merge-field-keep = Cuenta que se conserva
merge-keep-hint = Conserva su propio rol, grupo y forma de entrar.
merge-field-retire = Cuenta que se retira
merge-retire-hint = Todo lo que hizo pasa a la cuenta que se conserva.
merge-choose = Elija un miembro
merge-option = { $name } · { $group } · desde el { $joined } · n.º { $number }
merge-submit = Fusionar las cuentas
merge-done = Las cuentas están fusionadas.
merge-done-ballots = { $count ->
    [0] Ninguna votación o presupuesto abierto tenía papeletas de las dos.
    [one] En una votación o presupuesto abierto habían votado las dos: se conservó la papeleta más reciente.
   *[other] En { $count } votaciones y presupuestos abiertos habían votado las dos: se conservó en cada uno la papeleta más reciente.
}
merge-done-sealed = { $count ->
    [one] En una votación o presupuesto cerrado habían votado las dos cuentas: cuentan las dos papeletas, porque ya no se pueden distinguir.
   *[other] En { $count } votaciones y presupuestos cerrados habían votado las dos cuentas: cuentan las dos papeletas, porque ya no se pueden distinguir.
}
invitations-signin = Enlace de acceso a la cuenta propia de un miembro
cli-error-trusted-proxies = «{ $entry }» no es una dirección ni una red para --trusted-proxies. Use direcciones y redes separadas por comas, por ejemplo 10.0.0.0/8,192.0.2.7.
email-reset-subject = Elija una contraseña nueva
email-reset-body = Hola, { $name }: alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta. Para elegir una nueva, abra este enlace antes de una hora:
    { $link }
    Si no fue usted, ignore este correo: su contraseña sigue igual.
email-password-changed-subject = Se cambió su contraseña
email-password-changed-body = Hola, { $name }: se acaba de cambiar la contraseña de su cuenta y se cerró la sesión en todos los dispositivos. Si no fue usted, pida enseguida restablecer la contraseña y avise a su escuela.
email-address-in-use-subject = Alguien intentó usar esta dirección
email-address-in-use-body = Hola, { $name }: alguien con sesión en otra cuenta pidió usar esta dirección de correo, que ya es suya. No se cambió nada. Si tiene dos cuentas, un administrador puede unirlas.
email-confirm-address-subject = Confirme su nueva dirección de acceso
email-confirm-address-body = Hola, { $name }: para iniciar sesión con esta dirección a partir de ahora, abra este enlace antes de un día:
    { $link }
    Si no lo pidió, ignore este correo: no cambia nada.
email-address-change-asked-subject = Se pidió una nueva dirección de acceso
email-address-change-asked-body = Hola, { $name }: alguien con sesión en su cuenta pidió iniciar sesión con una dirección nueva. Solo cambia si se abre un enlace enviado a esa dirección. Si no fue usted, cambie su contraseña enseguida.
email-address-changed-subject = Se cambió su dirección de acceso
email-address-changed-body = Hola, { $name }: su cuenta ahora inicia sesión con { $email }, no con esta dirección. Si no fue usted, avise a su escuela enseguida.
flash-second-factor-expired = El inicio de sesión tardó demasiado o tuvo demasiados códigos incorrectos. Inicie sesión de nuevo.
flash-second-factor-off = La verificación en dos pasos está desactivada.
second-factor-code-title = Escriba su código
second-factor-code-lead = Su cuenta pide un código además de la contraseña. Abra su aplicación de autenticación y escriba el código que muestra para este sitio.
second-factor-field-code = Código
second-factor-code-hint = Seis cifras de su aplicación, o uno de sus códigos de recuperación.
second-factor-throttled = Demasiados códigos incorrectos para esta cuenta. Espere { $minutes } min e inténtelo de nuevo.
second-factor-title = Verificación en dos pasos
second-factor-on = La verificación en dos pasos está activada: escribe un código de su aplicación después de la contraseña.
second-factor-codes-left = { $count ->
    [one] Le queda un código de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
second-factor-new-codes = Crear códigos de recuperación nuevos
second-factor-turn-off = Desactivar la verificación en dos pasos
second-factor-off = La verificación en dos pasos está desactivada. Actívela para que, después de la contraseña, se pida un código de una aplicación de su teléfono: así una contraseña robada no basta.
second-factor-set-up = Activar la verificación en dos pasos
second-factor-needs-password = Cree primero una contraseña; la verificación en dos pasos pide un código después de ella.
second-factor-setup-title = Activar la verificación en dos pasos
second-factor-setup-scan = En una aplicación de autenticación (cualquiera de códigos de un solo uso), añada una cuenta escaneando este código.
second-factor-qr-label = Código QR para su aplicación de autenticación
second-factor-setup-type = O escriba esta clave en la aplicación:
second-factor-confirm = Activarla
second-factor-codes-title = Sus códigos de recuperación
second-factor-codes-lead = Guárdelos en un lugar seguro, lejos de su teléfono. Cada uno sirve una vez en lugar de un código si pierde el teléfono. Solo se muestran ahora.
second-factor-codes-done = Ya los he guardado
settings-field-staff-second-factor = Administradores y facilitadores deben usar la verificación en dos pasos
settings-staff-second-factor-hint = El personal que no la tenga no podrá actuar en esta comunidad hasta activarla en la página de su cuenta. Actívela usted primero.
error-code-wrong = Este código no es correcto o ya se usó. Pruebe con el código más reciente de su aplicación.
error-second-factor-required = Esta comunidad pide a sus administradores y facilitadores la verificación en dos pasos. Actívela en la página de su cuenta y vuelva.
error-second-factor-yourself-first = Active primero la verificación en dos pasos en su propia cuenta, o se quedaría sin acceso.
second-factor-already-on = La verificación en dos pasos ya está activada.
second-factor-not-started = Vuelva a empezar desde la página de su cuenta.
second-factor-is-off = La verificación en dos pasos está desactivada.
second-factor-expired = El inicio de sesión tardó demasiado o tuvo demasiados códigos incorrectos. Inicie sesión de nuevo.
audit-action-account-recovery-codes = Nuevos códigos de recuperación creados
audit-action-account-second-factor-on = Verificación en dos pasos activada
audit-action-account-second-factor-off = Verificación en dos pasos desactivada

# tandem audit verify
cli-audit-intact = { $count ->
        [one] El registro de auditoría está íntegro: 1 entrada.
       *[other] El registro de auditoría está íntegro: { $count } entradas, cada una sellada con la anterior.
    }
    Última: { $position }:{ $head }
    Anote esta línea fuera de la base de datos (un acta, un correo a la junta) y désela a una comprobación posterior con --anchor: así se notará si el registro se reescribe antes de esa entrada.
cli-audit-gap = El registro de auditoría está roto en la entrada { $id }: debería seguir la posición { $expected }, pero está la { $found } (se eliminó o movió una entrada).
cli-audit-link = El registro de auditoría está roto en la entrada { $id } (posición { $seq }): ya no sigue a la entrada anterior.
cli-audit-contents = El registro de auditoría está roto en la entrada { $id } (posición { $seq }): su contenido se cambió después de escribirse.
cli-audit-head = El registro de auditoría está roto al final: la base de datos registró { $head } entradas y la cadena tiene { $last } (se eliminaron o añadieron entradas al final).
cli-audit-unsealed = El registro de auditoría tiene { $count } entradas escritas fuera de Tandem, sin lugar en la cadena.
cli-audit-anchor = El registro de auditoría se reescribió: la posición { $seq } ya no tiene el hash anotado para ella.
cli-audit-bad-anchor = "{ $anchor }" no es un ancla. Indique la línea que imprimió una comprobación, como 120:9f86d08…, con el hash completo de 64 caracteres.

audit-chain-title = Registro sellado
audit-chain-lead = { $count ->
        [one] Cada entrada de este sitio está sellada con la anterior, así que un cambio, una eliminación o una inserción se nota al comprobar el registro. El registro del sitio tiene 1 entrada.
       *[other] Cada entrada de este sitio está sellada con la anterior, así que un cambio, una eliminación o una inserción se nota al comprobar el registro. El registro del sitio tiene { $count } entradas.
    }
audit-chain-latest = Para que también se note una reescritura posterior, anote esta línea fuera de Tandem (en el acta, en un correo a la junta); quien administra el servidor la comprueba con tandem audit verify --anchor:

# tandem backup / restore
cli-backup-done = Copia de seguridad de { $rows } filas de { $tables } tablas guardada en { $path }.
cli-backup-checked = { $path } es una copia completa: { $rows } filas de { $tables } tablas.
cli-restore-done = Se restauraron { $rows } filas en { $tables } tablas desde { $path }.
cli-backup-not-a-backup = { $path } no es una copia de seguridad de Tandem.
cli-backup-damaged = { $path } está dañado en la línea { $line }; no se restauró nada.
cli-backup-truncated = { $path } termina antes de tiempo (la copia quedó incompleta); no se restauró nada.
cli-backup-checksum = { $path } no coincide con su suma de comprobación (se cambió después de escribirse); no se restauró nada.
cli-backup-newer = Esta copia la hizo un Tandem más nuevo (esquema { $backup }; este conoce hasta el { $known }). Restáurela con esa versión o una posterior.
cli-backup-unknown = La copia contiene { $what }, que esta base de datos no tiene; no se restauró nada.
cli-restore-target-ahead = Esa base de datos ya la preparó un Tandem más nuevo (esquema { $target }; el de la copia es { $backup }). Restaure en una base de datos nueva y vacía.
cli-restore-not-empty = Esa base de datos ya contiene comunidades o personas. Restaure en una base de datos nueva y vacía.
cli-restore-audit-broken = Las filas se restauraron, pero el registro de auditoría que trajeron no se verifica; ejecute tandem audit verify para ver dónde.

error-date-range = Indique una fecha entre los años 1900 y 2200.
error-json-object = El cuerpo de la solicitud debe ser un objeto JSON, con campos con nombre.
error-utf8 = La solicitud contiene texto que no es UTF-8 válido.

table-region = Tabla: { $caption }

## Confirmation before irreversible or public steps (issue 12)
confirm-back = No, volver
confirm-reason = Motivo indicado:
confirm-charter-title = ¿Publicar la carta?
confirm-charter-lead = Todas las personas que pueden leer esta iniciativa verán la carta, y pasa a ser la regla que sigue la participación. Los cambios posteriores crean una nueva versión con un motivo; esta versión queda registrada.
confirm-charter-button = Sí, publicar la carta
confirm-poll-close-title = ¿Cerrar esta votación ahora?
confirm-poll-close-lead = Nadie podrá votar ni cambiar su papeleta, y el resultado se contará y se mostrará. Una votación cerrada no se puede reabrir.
confirm-poll-close-button = Sí, cerrar la votación
confirm-poll-cancel-title = ¿Cancelar esta votación?
confirm-poll-cancel-lead = Nadie podrá votar, no se contará ningún resultado y todas las papeletas seguirán siendo secretas. Una votación cancelada no se puede reabrir.
confirm-poll-cancel-button = Sí, cancelar la votación
confirm-hide-title = ¿Ocultar esta publicación?
confirm-hide-lead = Las personas lectoras dejarán de verla; a su autor o autora se le explica el motivo. Queda registrada y una persona facilitadora puede volver a mostrarla.
confirm-hide-button = Sí, ocultarla
confirm-initiative-title = ¿Publicar esta iniciativa?
confirm-initiative-lead-public = Cualquier persona, sin iniciar sesión, podrá leerla. Hasta ahora solo la veían las personas facilitadoras y administradoras.
confirm-initiative-lead-members = Todas las personas miembros de la comunidad podrán leerla. Hasta ahora solo la veían las personas facilitadoras y administradoras.
confirm-initiative-button = Sí, publicarla
initiative-draft = Borrador
initiative-draft-notice = Esta iniciativa es un borrador: solo la ven las personas facilitadoras y administradoras. Publícala cuando esté lista para la comunidad.
initiative-publish = Publicar la iniciativa
flash-initiative-published = La iniciativa está publicada.
error-initiative-draft = La participación no puede abrirse mientras la iniciativa sea un borrador: publícala primero.
error-initiative-published = Esta iniciativa ya está publicada.
audit-action-initiative-publish = Iniciativa publicada

## Where a community is: time zone and locale (issue 12)
settings-field-time-zone = Zona horaria
settings-time-zone-hint = La zona horaria de la comunidad, por su nombre IANA: America/New_York, America/Chicago, America/Los_Angeles, Europe/London, Europe/Madrid. Las fechas escritas en los formularios son días de esa zona y todas las horas se muestran en su reloj.
settings-field-locale = Configuración regional
settings-locale-hint = Cómo se escriben las fechas, horas, números y cantidades de dinero para quien lee en el idioma de esa configuración.
locale-en-US = Inglés (Estados Unidos): Dec 25, 2026 · 4:30 PM · $18,000.50
locale-en-GB = Inglés (Reino Unido): 25 Dec 2026 · 16:30 · £18,000.50
locale-es-ES = Español (España): 25 dic 2026 · 16:30 · 18.000,50 €
locale-es-MX = Español (México): 25 dic 2026 · 4:30 PM · $18,000.50
locale-es-US = Español (Estados Unidos): 25 dic 2026 · 4:30 PM · $18,000.50
locale-ar = Árabe: 25 ديسمبر 2026 · 16:30 · 18,000.50 $
error-time-zone = Indica una zona horaria por su nombre IANA, como America/New_York o Europe/Madrid.

## Plain words for results, and the glossary's methods and levels (issue 12)
glossary-section-core = Trabajar juntos
glossary-section-deciding = Formas de decidir
glossary-section-budgets = Formas de repartir un presupuesto
glossary-section-levels = Niveles de influencia
glossary-link = ¿Qué significa esto?
glossary-poll-plurality-title = Mayoría simple
glossary-poll-plurality-body = Cada persona elige una opción. Gana la opción elegida por más personas, aunque sean menos de la mitad.
glossary-poll-approval-title = Aprobación
glossary-poll-approval-body = Cada persona marca todas las opciones que podría aceptar. Gana la opción marcada por más personas, así que va primero la que más gente acepta.
glossary-poll-score-title = Puntuación
glossary-poll-score-body = Cada persona da a cada opción de 0 a 5 puntos. Se suman los puntos y gana la opción con el total más alto, así que cuenta cuánto le importa a cada cual.
glossary-poll-borda-title = Recuento Borda
glossary-poll-borda-body = Cada persona ordena las opciones. Cada opción recibe un punto por cada opción que alguien puso por debajo; gana la que suma más puntos. Premia las opciones que mucha gente pone arriba, no solo en primer lugar.
glossary-poll-irv-title = Segunda vuelta instantánea
glossary-poll-irv-body = Cada persona ordena las opciones. Se cuentan las primeras preferencias; si ninguna opción tiene más de la mitad, se quita la que tiene menos y se cuentan las siguientes preferencias de sus votantes. Se repite hasta que una opción tiene más de la mitad de las papeletas que siguen contando.
glossary-poll-schulze-title = Schulze
glossary-poll-schulze-body = Cada persona ordena las opciones. Se comparan todas las parejas: una opción gana a otra cuando más personas la pusieron por encima. Gana la opción que gana a todas las demás; cuando las victorias forman un círculo, deciden las cadenas más largas de victorias fuertes.
glossary-poll-consent-title = Consentimiento
glossary-poll-consent-body = Las personas responden a una propuesta: de acuerdo, me abstengo o en desacuerdo, o bloqueo con un motivo. Se aprueba salvo que alguien la bloquee; un bloqueo significa «esto causaría daño», no «preferiría otra cosa».
glossary-budget-greedy-title = Más votos primero
glossary-budget-greedy-body = Los proyectos se financian por orden de cuántas personas los eligieron, cada uno si el dinero que queda aún lo cubre. Es sencillo, pero un grupo grande puede llevarse todo el presupuesto.
glossary-budget-equal-shares-title = Partes iguales
glossary-budget-equal-shares-body = El dinero se reparte a partes iguales entre quienes votan. Un proyecto se financia cuando las personas que lo eligieron pueden pagarlo juntas con sus partes, primero los proyectos que menos cuestan a cada persona que los apoya. Cuando quienes apoyan un proyecto ya han gastado su parte, no se financia, por popular que sea: así cada grupo recibe una parte justa del presupuesto.
glossary-level-inform-title = Informar
glossary-level-inform-body = El nivel más bajo de influencia: se explica a las personas qué se decidió y por qué, y no pueden cambiarlo. La carta lo dice de antemano, para no pedir opiniones que no contarán.
glossary-level-consult-title = Consultar
glossary-level-consult-body = Se piden y se tienen en cuenta las opiniones de las personas antes de que decida el personal, que luego explica cómo se usaron.
glossary-level-involve-title = Involucrar
glossary-level-involve-body = Las personas trabajan con el personal durante todo el proceso, para que sus preocupaciones se entiendan y se reflejen en las opciones que se estudian.
glossary-level-collaborate-title = Colaborar
glossary-level-collaborate-body = Las personas y el personal deciden juntos: las opciones y la elección se forman en común.
glossary-level-empower-title = Empoderar
glossary-level-empower-body = El nivel más alto de influencia: la comunidad toma la decisión y la escuela o el distrito la lleva a cabo.
result-plain-heading = Qué pasó
result-detail-heading = El recuento en detalle
irv-round-majority = Ronda { $round }: { $name } tuvo { $votes } de las { $active } papeletas que seguían contando, más de la mitad, y gana.
irv-round-last = Ronda { $round }: { $names } tuvo la mayoría de las { $active } papeletas que seguían contando una vez quitadas todas las demás opciones.
irv-round-removed = Ronda { $round }: ninguna opción tuvo más de la mitad de las { $active } papeletas que seguían contando. { $names } { $count ->
    [one] tuvo
   *[other] tuvieron
 } menos y { $count ->
    [one] se quitó
   *[other] se quitaron
 }; en la ronda siguiente se contaron las siguientes preferencias de sus votantes.
irv-exhausted = { $count ->
    [one] Una papeleta no tenía
   *[other] { $count } papeletas no tenían
 } más preferencias y dejaron de contar.
irv-chart-title = Votos en cada ronda
irv-chart-desc = Una columna por ronda y una fila por opción; una opción quitada en una ronda no tiene barra después. La tabla siguiente da las mismas cifras.
irv-removed-mark = quitada
schulze-beats = { $winner } gana a { $loser }: { $for } pusieron { $winner } por encima, { $against } pusieron { $loser } por encima.
schulze-ties = { $a } y { $b } empatan: { $count } cada una.
schulze-condorcet = { $name } gana a todas las demás opciones en comparación directa.
schulze-cycle = Ninguna opción gana a todas las demás en comparación directa: las victorias forman un círculo, así que decidieron las cadenas más largas de victorias fuertes (la segunda tabla).
schulze-who-beats-whom = Quién gana a quién
equal-shares-plain = Los { $budget } se repartieron a partes iguales entre las { $voters } personas que votaron, unos { $share } cada una. Un proyecto se financió cuando quienes lo eligieron podían pagarlo juntos con sus partes, primero los que menos costaban a cada persona; los proyectos cuyos partidarios ya habían gastado su parte no se financiaron.
greedy-plain = Los proyectos se financiaron por orden de cuántas personas los eligieron, cada uno si el dinero que quedaba aún lo cubría.

## Spreadsheet downloads (issue 12)
export-download = Descargar como hoja de cálculo (CSV)
export-download-stakeholders = Descargar el mapa como hoja de cálculo (CSV)
export-download-approvals = Descargar las aprobaciones como hoja de cálculo (CSV)
export-yes = sí
export-no = no
export-col-id = Número
export-col-posted = Publicada
export-col-kind = Tipo
export-col-title = Título
export-col-text = Texto
export-col-author = Autoría
export-col-status = Estado
export-col-endorsements = Apoyos
export-col-comments = Comentarios
export-col-answer = Respuesta
export-col-answered = Respondida
export-col-address = Dirección
export-col-commitment = Compromiso
export-col-description = Descripción
export-col-percent = Porcentaje hecho
export-col-ideas = Ideas respondidas
export-col-date = Fecha
export-col-progress = Avance
export-col-name = Nombre
export-col-group = Grupo
export-col-formal-authority = Autoridad formal
export-col-instrument = Instrumento
export-col-influence = Influencia
export-col-stance = Postura
export-col-suitability = Idoneidad
export-col-reason = Motivo
export-col-owner = Responsable de la relación
export-col-who = Quién
export-col-due = Vence
export-col-happened = Ocurrió
export-col-evidence = Evidencia
export-col-step = Paso
export-col-stakeholder = Actor
export-col-people = Personas
export-col-source = Fuente
export-col-option = Opción
export-col-winner = Ganadora
export-col-result = Resultado
export-col-ballots = Papeletas
export-col-total = Total

## Pages of a list (issue 12)
ideas-showing = Se muestran { $shown } de { $total ->
    [one] 1 idea
   *[other] { $total } ideas
 }.
ideas-next-page = Ideas siguientes
ideas-first-page = Volver a las primeras ideas
list-showing = Se muestran { $shown } de { $total }.
list-next-page = Página siguiente
list-first-page = Volver a la primera página
error-cursor = Esta dirección de página no la creó Tandem: vuelve a la primera página de la lista.
error-limit-range = Pide entre 1 y 500 cada vez.

## Authors edit and withdraw their own posts (issue 12)
post-edit = Editar
post-edit-hint = Puedes cambiarlo hasta que alguien lo apoye, le responda o una persona facilitadora lo conteste. Las palabras anteriores quedan en su historial.
post-withdraw = Retirar
post-withdraw-reason = ¿Por qué lo retiras?
post-withdrawn = Retirado por su autor o autora: { $reason }
post-edited = Editado el { $date }
post-history = { $count ->
    [one] La versión anterior
   *[other] Las { $count } versiones anteriores
 }
post-replaced-on = Sustituida el { $date }
flash-post-edited = Tus cambios se han guardado.
flash-post-withdrawn = Se ha retirado, con tu motivo.
error-edit-answered = Ya no puedes cambiarlo: una persona facilitadora lo ha contestado. Puedes retirarlo explicando por qué.
error-edit-endorsed = Ya no puedes cambiarlo: alguien lo ha apoyado. Puedes retirarlo explicando por qué.
error-edit-replied = Ya no puedes cambiarlo: alguien ha respondido. Puedes retirarlo explicando por qué.
error-edit-withdrawn = Ya está retirado.
error-edit-hidden = Una persona moderadora lo ha ocultado, así que no se puede cambiar.
confirm-withdraw-title = ¿Retirar tu publicación?
confirm-withdraw-lead = Sigue en la página, marcada como retirada con tu motivo, para que las respuestas sigan teniendo sentido. Nadie podrá apoyarla ni responderle.
confirm-withdraw-button = Sí, retirarla
audit-action-idea-edit = Idea editada por su autoría
audit-action-idea-withdraw = Idea retirada por su autoría
audit-action-comment-edit = Comentario editado por su autoría
audit-action-comment-withdraw = Comentario retirado por su autoría

## Content in every family's language (issue 12)
settings-field-language = Idioma en que se escribe primero el contenido
settings-language-hint = Las iniciativas, cartas, votaciones y respuestas se escriben primero en este idioma.
settings-field-languages = También se escribe en
settings-languages-hint = Las personas facilitadoras traducen los textos de cada iniciativa a estos idiomas y quien lee los ve en el suyo. Marca los idiomas que leen las familias de la comunidad.
content-also-in = También en:
translations-title = Traducciones
translations-one-language = Esta comunidad escribe en un solo idioma. Una persona administradora puede añadir otros en la configuración de la comunidad.
translations-lead = Todos los textos de esta iniciativa se escriben primero en { $original }. Escribe cada uno en { $others }: así quien lee los ve en su idioma. Una casilla en blanco quita la traducción.
translations-missing = { $count ->
    [one] 1 texto de { $total } aún no está
   *[other] { $count } textos de { $total } aún no están
 } en todos los idiomas.
translations-show-missing = Mostrar solo lo que falta
translations-show-all = Mostrar todos los textos
translations-missing-badge = Aún sin traducir
translations-in = En { $language }
translations-options-hint = Una opción por línea, en el mismo orden y tantas como en el original.
translations-blank-hint = Déjalo en blanco para mostrar el original.
translations-missing-notice = { $count ->
    [one] Un texto de esta iniciativa aún no está
   *[other] { $count } textos de esta iniciativa aún no están
 } en todos los idiomas que lee la comunidad.
translations-go = Traducirlos
error-translation-options = Escribe exactamente { $count } opciones, una por línea, en el orden del original.
translation-field-initiative-title = Título
translation-field-initiative-summary = Resumen
translation-field-initiative-value-statement = Valor público
translation-field-charter-intro = Introducción de la carta
translation-field-area-title = Ámbito de decisión
translation-field-area-final-decision-by = Quién toma la decisión final
translation-field-area-fixed = Qué está fijado
translation-field-area-risks = Riesgos
translation-field-area-reciprocity = Qué reciben quienes participan
translation-field-phase-name = Fase
translation-field-poll-title = Votación
translation-field-poll-description = Descripción de la votación
translation-field-poll-options = Opciones de la votación
translation-field-project-title = Proyecto del presupuesto
translation-field-project-description = Descripción del proyecto
translation-field-idea-response = Respuesta a una idea
audit-action-translation-save = Traducción guardada

## The language a post is written in (issue 12)
post-field-lang = El idioma en que escribes
post-field-lang-hint = Escribe en el idioma que prefieras: quien lee ve cuál es.
post-written-in = Escrito en { $language }

# Issue 13: results stored at the close
audit-action-poll-recount = Votación recontada
audit-action-budget-recount = Presupuesto recontado
count-record = Contado el { $date } a partir de { $count } papeletas, una vez cerrada la votación; esta página muestra ese recuento guardado.
count-record-hash = SHA-256 de las papeletas contadas:
recount-matches = Recontado el { $date }: las papeletas y el resultado coinciden con el recuento guardado.
recount-differs = Recontado el { $date }: el recuento no coincide con el guardado. El resultado guardado se mantiene hasta que la administración de la comunidad lo revise.
recount-button = Recontar las papeletas
recount-not-final = El recuento aún no es definitivo: se podrá recontar cuando terminen la votación y el recuento en papel.
decide-count-not-final = Las papeletas se listan cuando el recuento es definitivo.
flash-recount-matches = Recontado: las papeletas y el resultado coinciden con el recuento guardado.
flash-recount-differs = Recontado: el resultado NO coincide con el recuento guardado. El resultado guardado se mantiene; la administración debería revisarlo.
cli-recount-matches = El recuento coincide: { $ballots } papeletas, SHA-256 { $hash }, contadas el { $date }.
cli-recount-differs = El recuento no coincide con el guardado: ahora { $ballots } papeletas (SHA-256 { $hash }), guardadas { $stored } papeletas (SHA-256 { $stored_hash }) contadas el { $date }.

## Quién participa (issue 14)
error-baseline-header = La primera línea debe ser: dimension,group,count
error-baseline-row = Esta línea no tiene las tres columnas dimension,group,count.
error-baseline-group-name = Nombre el grupo con palabras ("-" significa "prefiero no decirlo").
error-baseline-dimension = "{ $value }" no es una dimensión que registre esta comunidad.
error-baseline-duplicate = "{ $value }" aparece dos veces en esta dimensión.
error-baseline-too-many = Una dimensión puede tener como máximo { $max } grupos.
error-participants-header = La primera línea debe nombrar las columnas participant y contributions.
error-participants-missing = No hay columna "{ $value }", aunque la línea de base tiene esa dimensión.
error-participants-extra = La columna "{ $value }" no es una dimensión de la línea de base.
error-participants-row = Esta línea no tiene tantas columnas como la primera.
error-participants-duplicate = El participante "{ $value }" aparece dos veces.
error-participants-group = "{ $value }" no es un grupo de { $dimension } en la línea de base.
cli-error-csv-file = { $path } no es correcto; no se leyó nada:
cli-representation-dimension = { $dimension }: disimilitud { $dissimilarity }, desconocidos { $unknown }
cli-representation-group = { $group }: base { $baseline } ({ $baseline_share }), participantes { $participants } ({ $share }), razón { $ratio }, tasa { $rate }, razón de impacto { $impact }
cli-representation-group-hidden = { $group }: base { $baseline } ({ $baseline_share }), participantes ocultos (pocos)
cli-representation-hidden = { $dimension }: no se muestra (menos de dos grupos con tamaño suficiente)
cli-representation-voice = Voz: { $participants } participantes, { $contributions } aportaciones, Gini { $gini }, Hoover { $hoover }, el 10% más activo hizo { $top }
cli-representation-few = Voz: demasiado pocos participantes para mostrarla.
cli-representation-alert-gap = Brecha: { $group } ({ $dimension }) participa a { $ratio } de la tasa más alta.
cli-representation-alert-capture = Captura: { $group } ({ $dimension }) hizo { $contributions } de las aportaciones siendo { $participants } de los participantes.
cli-representation-alert-concentration = Concentración: el 10% más activo hizo { $top } de las aportaciones.
cli-representation-alert-absent = Ausencia: nadie de { $group } ({ $dimension }) participa.
error-baseline-duplicate-line = Línea { $line }: "{ $value }" aparece dos veces.
error-baseline-line = La línea { $line } debe ser un grupo, una coma y un número entero, p. ej. Árabe,120.
error-baseline-unknown-group = "{ $value }" no es la clave de un grupo de interés ni la dirección de una escuela de esta comunidad.
error-period-order = El último día no puede ser anterior al primero.
audit-action-baseline-set = Línea de base de la comunidad guardada
audit-action-baseline-remove = Línea de base de la comunidad eliminada
audit-action-representation-settings = Ajustes de representación cambiados
section-who = Quién participa
dimension-stakeholder_group = Grupo de interés
dimension-school = Escuela
dimension-year_group = Curso o etapa
dimension-home_language = Lengua del hogar
dimension-neighbourhood = Barrio o zona escolar
dimension-send = Necesidades educativas especiales
dimension-free_meals = Bajos ingresos (comedor gratuito)
dimension-ethnicity = Origen étnico
who-lead = Quién participa comparado con quién forma la comunidad, y qué voces se oyen más. Solo se muestran cifras lo bastante grandes para proteger a las personas.
who-community-title = Quién participa en { $community }
who-community-lead = Todas las personas que aportaron a alguna iniciativa (ideas, comentarios, apoyos, papeletas, afirmaciones y votos), comparadas con la línea de base de la comunidad.
who-community-link = Quién participa en toda la comunidad
who-whole-community = Toda la comunidad
who-school = Escuela
who-focus = Parte de la iniciativa
who-focus-initiative = Toda la iniciativa
who-focus-ideas = El tablero de ideas
who-focus-poll = Votación: { $title }
who-focus-budget = Presupuesto: { $title }
who-focus-conversation = Conversación: { $title }
who-from = Desde (primer día)
who-to = Hasta (último día)
who-show = Mostrar
who-previous = Al lado: el periodo anterior, del { $from } al { $to }.
who-privacy = Las cifras menores de { $threshold } se ocultan, y también cualquier cifra que permitiría deducir una oculta; nunca se muestra a nadie individualmente.
who-alerts = Qué requiere atención
who-no-alerts = Nada requiere atención: ningún grupo se queda muy atrás y ninguna voz domina.
who-alert-gap = { $group } ({ $dimension }) participa al { $percent } de la tasa del grupo que más participa: menos de cuatro quintos es una brecha que conviene cerrar.
who-alert-capture = { $group } hizo el { $contributions } de todas las aportaciones siendo solo el { $participants } de los participantes: un grupo podría estar acaparando la conversación.
who-alert-concentration = La décima parte más activa hizo el { $percent } de todas las aportaciones: dominan pocas voces.
who-alert-absent = Nadie de { $group } ({ $dimension }) participa, aunque forman parte de la comunidad.
who-act = Acercarse a este grupo
who-groups = Participantes frente a la comunidad
who-no-baseline = La comunidad aún no tiene línea de base, así que no hay con qué comparar.
who-baselines-link = Las líneas de base de la comunidad
who-dimension-hidden = No se muestra: menos de dos grupos tienen { $threshold } o más participantes, así que cualquier cifra podría señalar a personas.
who-dissimilarity = Disimilitud: el { $value } de los participantes tendría que cambiar de grupo para parecerse a la comunidad
who-unknown = No consta o prefiere no decirlo
who-chart-title = { $dimension }: proporción de participantes frente a proporción de la comunidad
who-chart-desc = Para cada grupo, una barra llena con su proporción entre los participantes y una barra con contorno con su proporción en la comunidad. La tabla de abajo da las mismas cifras.
who-legend-participants = Participantes
who-legend-community = Comunidad
who-table-caption = { $dimension }: participantes frente a la comunidad
who-col-group = Grupo
who-col-baseline = En la comunidad
who-col-baseline-share = Proporción de la comunidad
who-col-participants = Participantes
who-col-share = Proporción de participantes
who-col-share-before = Proporción, periodo anterior
who-col-ratio = Razón de representación
who-col-rate = Tasa de participación (intervalo del 95%)
who-col-impact = Razón de impacto
who-col-voice = Proporción de aportaciones
who-flag = brecha
who-voice = Qué voces se oyen
who-voice-lead = Cómo se reparten las aportaciones entre los participantes: 0 significa que todos aportaron lo mismo.
who-voice-few = Menos de { $threshold } participantes: no se muestra.
who-participants = Participantes
who-contributions = Aportaciones
who-gini = Índice de Gini
who-hoover = Proporción que tendría que moverse para que todos aportaran lo mismo (índice de Hoover)
who-top10 = Proporción de aportaciones de la décima parte más activa
who-lorenz-title = Curva de Lorenz de las aportaciones
who-lorenz-desc = Las personas de la menos a la más activa, frente a su proporción acumulada de todas las aportaciones. La diagonal discontinua es la igualdad perfecta; cuanto más se hunde la curva por debajo, más dominan pocas voces.
who-lorenz-caption = Proporción acumulada de aportaciones según la proporción de participantes
who-lorenz-x = Proporción de participantes, los menos activos primero
who-lorenz-y = Proporción de aportaciones
who-sources = Fuentes de la línea de base
who-settings = Ajustes de representación
who-settings-sensitive = Preguntar y medir necesidades educativas especiales, bajos ingresos y origen étnico
who-settings-staff-fill = El personal puede rellenar los perfiles del alumnado (solo se cuentan en conjunto)
who-settings-impact = Señalar un grupo que participe por debajo de este porcentaje de la tasa más alta
who-settings-min-baseline = Juzgar la tasa de un grupo solo si hay al menos estas personas en la comunidad
who-settings-capture-contributions = Acaparamiento: un grupo hace más de este porcentaje de las aportaciones…
who-settings-capture-participants = …siendo menos de este porcentaje de los participantes
who-settings-top10 = Concentración: la décima parte más activa hace más de este porcentaje
baselines-title = Quién forma la comunidad
baselines-lead = Cifras por grupo de la comunidad y de cada escuela, del censo o de los registros escolares, con su fuente y fecha. Son la línea de base con la que se compara la participación.
baselines-none = Aún no se ha introducido ninguna línea de base.
baselines-source = Fuente: { $source }, { $date }.
baselines-remove = Eliminar { $name }
baselines-remove-confirm = ¿Eliminar esta línea de base?
baselines-remove-consequence = La participación dejará de compararse con ella. Puede volver a introducirla cuando quiera.
baselines-remove-button = Sí, eliminarla
baselines-set = Introducir una línea de base
baselines-dimension = Dimensión
baselines-rows = Grupos y cifras
baselines-rows-hint = Un grupo por línea: su nombre, una coma y cuántas personas, p. ej. Árabe,120. Los grupos de interés por su clave (families) y las escuelas por su dirección.
baselines-source-field = Fuente
baselines-source-hint = De dónde salen las cifras, p. ej. Censo escolar, octubre de 2026.
baselines-as-of = Contado el
baselines-save = Guardar la línea de base
baselines-import = Importar una línea de base desde un archivo CSV
baselines-import-lead = La primera línea debe ser { $header }. Cada dimensión del archivo sustituye la línea de base de esa dimensión; si alguna línea está mal, no se importa nada.
baselines-file = Archivo CSV
baselines-import-submit = Importar
baselines-imported = { $count ->
    [one] Se importó un grupo.
   *[other] Se importaron { $count } grupos.
}
outreach-title = Acercarse a un grupo
outreach-lead = Cree un enlace de invitación de un solo uso para un nuevo miembro, dirigido a un grupo, para que el periodo siguiente muestre si el acercamiento funcionó. Registre reuniones, cartas y llamadas en la página de participación de la iniciativa.
outreach-aim = Dirigido a
outreach-submit = Crear el enlace
outreach-created = Dé este enlace a una persona; solo se muestra ahora:
outreach-caption = Invitaciones dirigidas a grupos
outreach-sent = Enlaces creados
outreach-accepted = Aceptados
outreach-record = El acercamiento en persona —un café en árabe, llamadas de un enlace con las familias— también cuenta: regístrelo como participación en la iniciativa, para que los cinco pasos clave lo muestren.
profile-title = Sobre mí
profile-lead = Estas preguntas son opcionales. Sus respuestas nunca se muestran a nadie, tampoco al personal: solo se cuentan junto con las de los demás, para que la comunidad vea si todo el mundo participa.
profile-none = Todavía no hay preguntas.
profile-prefer-not = Prefiero no decirlo
profile-no-answer = Sin respuesta
who-alert-gaps = Brechas en { $dimension }: estos grupos participan a menos de cuatro quintos de la tasa del grupo que más participa.
who-alert-gap-group = { $group }: { $percent } de la tasa más alta
cli-error-no-school = No hay ninguna escuela "{ $slug }" en esa comunidad.
profile-pupil-title = Las respuestas de un alumno
profile-pupil-lead = Anote lo que le dijo el alumno o su familia. Lo anotado antes no se muestra, y las respuestas solo se cuentan junto con las de los demás. Al guardar se sustituyen las respuestas anteriores a las preguntas que conteste.
members-pupil-profile = Anotar las respuestas "sobre mí" de { $name }
who-record-outreach = Registrar el acercamiento a un grupo como participación (aparece en los cinco pasos clave y, el periodo siguiente, aquí)
who-freshness = Las cifras se vuelven a contar como mucho cada { $seconds } segundos.
who-period = Del { $from } al { $to }
who-period-months = Verá meses naturales completos: el mes del primer día que elija, junto al mes anterior. (Con intervalos propios se podrían deducir cifras pequeñas por diferencia.)

## Selección por sorteo
sortition-csv-unreadable = no se puede leer como CSV ({ $detail })
sortition-csv-missing-column = no hay columna «{ $column }»
sortition-csv-bad-number = { $column }: «{ $value }» no es un número entero
sortition-csv-min-above-max = { $category } = { $feature }: el mínimo supera el máximo
sortition-csv-duplicate-feature = { $category } = { $feature } aparece dos veces
sortition-csv-duplicate-id = el id { $id } aparece dos veces
sortition-csv-empty-id = el id está vacío
sortition-csv-unknown-feature = { $category }: «{ $value }» no tiene cuota en las categorías
sortition-csv-no-categories = no hay categorías
sortition-csv-no-people = no hay nadie en el grupo de candidatos
sortition-csv-too-many = más de { $max } personas
sortition-no-seats = No hay puestos que cubrir.
sortition-unknown-person = Nadie con el id { $id } está entre los candidatos.
sortition-pool-too-small = { $seats } puestos, pero solo { $available } personas pueden formar parte a la vez (una por hogar).
sortition-infeasible = Ningún panel cumple todas las cuotas.
sortition-infeasible-category = { $category }: los mínimos suman { $min } y los máximos { $max }, para { $seats } puestos.
sortition-infeasible-relax = Cambio mínimo: { $category } = { $feature } de { $min }–{ $max } a { $new_min }–{ $new_max }.
sortition-solver = El resolvedor no pudo terminar ({ $detail }).
cli-error-sortition = { $problem }
sortition-cli-summary = { $people } personas candidatas, { $seats } puestos, { $panels } paneles en el sorteo.
sortition-cli-fairness = Probabilidad más baja { $min }, coeficiente de Gini de las probabilidades { $gini }.
sortition-cli-level =   probabilidad { $chance }: { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
sortition-cli-unselectable = En ningún panel que cumpla las cuotas (probabilidad 0): { $ids }
sortition-cli-excluded = Excluidas: { $ids }
sortition-cli-fingerprint = Huella del sorteo: { $fingerprint }
sortition-cli-commitment = Hash del secreto (publíquelo antes del sorteo): { $commitment }
sortition-cli-selected = Seleccionadas: { $ids }
sortition-cli-verified = Verificado: el mismo panel que el registrado.
sortition-cli-bad-lottery = { $path } no es un sorteo escrito por «tandem sortition select --json».
sortition-cli-altered = Los paneles del sorteo no coinciden con su huella: el archivo fue modificado.
sortition-cli-reveal-mismatch = El secreto no coincide con el hash publicado antes del sorteo: no se sorteó nada.
sortition-cli-need-seed = Indique --seed, o --secret y --entropy.
sortition-cli-selected-mismatch = El panel sorteado no es el registrado en el archivo.
section-selections = Por sorteo
selections-lead = Un equipo de diseño o panel elegido por sorteo, con cuotas para que se parezca a la comunidad: se presentan voluntarios, se publica el sorteo más justo que permiten las cuotas con el hash de un secreto, y el sorteo se hace en público, donde cualquiera puede comprobarlo.
selections-none = Aún no hay ninguna selección.
selections-seats = { $seats ->
    [one] 1 puesto
   *[other] { $seats } puestos
}
selections-new = Iniciar una selección
selections-field-title = Título
selections-field-purpose = Qué hará el equipo
selections-field-seats = Puestos
selections-field-seats-hint = De 1 a { $max }.
selections-field-dimensions = Preguntas que usan las cuotas
selections-field-dimensions-hint = El grupo y la escuela vienen de la membresía; las demás se preguntan a los voluntarios, en privado.
selection-status-open = Abierta a voluntarios
selection-status-committed = Sorteo publicado
selection-status-drawn = Sorteada
selection-status-closed = Cerrada
volunteer-status-pool = en el grupo de candidatos
volunteer-status-selected = sorteado, pendiente de respuesta
volunteer-status-accepted = aceptó
volunteer-status-declined = rechazó
selection-pupil = Un alumno
selection-pupil-year = Un alumno, { $year }
selection-chance-none = –
selection-group-unknown = Prefiere no decirlo
selection-volunteers = Voluntarios
selection-how = Cómo funciona el sorteo
selection-how-body = Entre todos los sorteos de equipos que cumplen las cuotas, Tandem publica aquel cuya probabilidad más baja es la mayor posible, después la siguiente, y así sucesivamente (LEXIMIN). Antes del sorteo la persona facilitadora publica el hash de una frase secreta; en el sorteo se tiran dados en la sala y se revela la frase. Juntos eligen un equipo del sorteo publicado, que cualquiera puede recalcular con la orden indicada.
selection-quotas = Cuotas y voluntarios
selection-quotas-lead = El mínimo y el máximo de puestos de cada grupo, cuántos se presentaron y su probabilidad de salir. Los grupos pequeños no se muestran al público.
selection-col-group = Grupo
selection-col-community = Comunidad
selection-col-quota = Puestos
selection-col-volunteers = Voluntarios
selection-col-chance = Probabilidad
selection-draw = El sorteo
selection-draw-none = El sorteo aún no se ha publicado.
selection-round = Ronda { $round }
selection-round-seats = Puestos sorteados
selection-round-published = Publicado
selection-round-commitment = Hash del secreto
selection-round-fingerprint = Huella del sorteo
selection-round-min = Probabilidad más baja
selection-round-gini = Coeficiente de Gini de las probabilidades
selection-round-drawn = Sorteado
selection-round-secret = Secreto revelado
selection-round-entropy = Dados
selection-round-download = Descargar el sorteo publicado (JSON)
selection-verify = Cualquiera puede comprobar el sorteo con el archivo descargado:
selection-panel = Quiénes salieron
selection-me = Su participación
selection-me-status = Usted está: { $status }.
selection-me-number = Su número en el sorteo publicado: { $number }. Solo usted lo ve.
selection-me-asked = Usted salió en el sorteo. ¿Ocupará su puesto?
selection-accept = Acepto mi puesto
selection-decline = Rechazar
selection-withdraw = Retirarme del grupo de candidatos
selection-change-answers = Cambiar mis respuestas
selection-volunteer = Presentarme
selection-volunteer-lead = Preséntese para participar en el sorteo. Sus respuestas solo deciden para qué cuotas cuenta.
selection-volunteer-private = Nadie ve sus respuestas: solo recuentos por grupo, y los grupos pequeños se ocultan.
selection-set-quotas = Fijar las cuotas
selection-min = Mínimo
selection-max = Máximo
selection-proportional = Rellenar en proporción a la comunidad
selection-secret = Frase secreta
selection-secret-hint = Al menos 8 caracteres. Solo se guarda su hash; conserve la frase: la revelará en el sorteo.
selection-commit = Cerrar la inscripción y publicar el sorteo
selection-commit-lead = Los voluntarios reciben su número, y se publican el sorteo y el hash de su frase secreta. Las cuotas ya no podrán cambiar.
selection-do-draw = Sortear
selection-do-draw-lead = Tire los dados en la sala, escriba las cifras y revele la frase secreta.
selection-entropy = Dados, en cifras
selection-entropy-hint = Al menos 4 cifras; puede separarlas con espacios.
selection-replace = Sortear sustitutos
selection-replace-lead = { $count ->
    [one] Hay 1 puesto libre porque alguien rechazó. Quienes aceptaron o no han respondido se quedan; un nuevo sorteo para el puesto libre respeta las cuotas.
   *[other] Hay { $count } puestos libres porque algunas personas rechazaron. Quienes aceptaron o no han respondido se quedan; un nuevo sorteo para los puestos libres respeta las cuotas.
}
selection-close = Cerrar la selección
error-sortition-no-dimension = Elija al menos una pregunta.
error-sortition-min-above-max = El mínimo supera el máximo.
error-sortition-secret-short = Use al menos { $min } caracteres.
error-sortition-entropy = Escriba al menos { $min } cifras (solo cifras).
error-sortition-closed = La inscripción de esta selección está cerrada.
error-sortition-not-open = El sorteo de esta selección ya está publicado.
error-sortition-nothing-to-draw = No hay ninguna ronda publicada esperando su sorteo.
error-sortition-reveal = Este no es el secreto cuyo hash se publicó: no se sorteó nada.
error-sortition-not-asked = No tiene ningún puesto pendiente de su respuesta.
error-sortition-nothing-to-replace = No hay ningún puesto que cubrir.
sortition-status-drawn = elegido por sorteo
notification-selected = Usted salió en el sorteo: { $title }
email-selected-subject = Usted salió en el sorteo: { $title }
email-selected-body = Usted salió en el sorteo de «{ $title }».

    { $text }

    Acepte o rechace su puesto: { $url }
audit-action-selection-create = Selección por sorteo iniciada
audit-action-selection-quotas = Cuotas de la selección fijadas
audit-action-selection-commit = Sorteo de la selección publicado
audit-action-selection-draw = Selección sorteada
audit-action-selection-respond = Puesto aceptado o rechazado
audit-action-selection-close = Selección cerrada
flash-volunteered = Está en el grupo de candidatos. Sus respuestas están guardadas.
flash-withdrawn = Se ha retirado del grupo de candidatos.
flash-lottery-published = Se publicaron el sorteo y el hash del secreto.
flash-drawn = Sorteo hecho. Se pide a las personas que salieron que acepten.
flash-answer-recorded = Su respuesta quedó registrada.
error-term-ends-before-start = Un mandato debe terminar después de empezar.
error-term-overlaps = Este mandato se solapa con otro del mismo puesto.
error-term-limit = Serían más de { $limit } mandatos seguidos para la misma persona.
error-check-in-code = Escriba el código de 6 caracteres de la inscripción.

## Consejos, grupos de dirección y sus reuniones (issue 16)
bodies-title = Consejos y grupos de { $community }
bodies-title-short = Consejos y grupos
bodies-lead = Los consejos, grupos de dirección y equipos que mantienen una iniciativa en marcha junto con las personas a las que sirve: quién ocupa cada puesto en nombre de quién, por cuánto tiempo y las reglas sobre quién ocupa los puestos.
bodies-none = Todavía no hay consejos ni grupos.
bodies-new = Nuevo consejo o grupo
bodies-seats-held = { $held } de { $seats } puestos ocupados
bodies-has-findings = Requiere atención: vea los avisos en su página.
bodies-field-name = Nombre
bodies-field-kind = Tipo
bodies-field-purpose = Propósito
bodies-field-initiative = Iniciativa
bodies-field-initiative-hint = Las áreas de decisión de su carta son aquellas sobre las que este órgano puede tener poder.
bodies-field-school = Escuela
bodies-field-notice = Aviso previo, en horas
bodies-field-notice-hint = Con cuánta antelación se publica el orden del día de una reunión. 72 horas si no indica otra cosa.
bodies-whole-community = Toda la comunidad
bodies-no-school = Ninguna escuela en particular
body-kind-school_site_council = Consejo escolar
body-kind-parent_council = Consejo de familias
body-kind-pupil_council = Consejo de alumnos
body-kind-steering_group = Grupo de dirección
body-kind-oversight_council = Consejo de supervisión
body-kind-design_team = Equipo de diseño
seat-method-election = Elección
seat-method-lot = Por sorteo
seat-method-appointment = Nombramiento
seat-method-ex_officio = Por su cargo
bodies-findings = Lo que requiere atención
bodies-breach = No se cumple la regla «{ $rule }»: { $have } puestos donde se necesitan { $need }.
bodies-finding-expired = { $count ->
    [one] El mandato de 1 puesto ha terminado y nadie lo ha sucedido.
   *[other] El mandato de { $count } puestos ha terminado y nadie los ha sucedido.
}
bodies-finding-vacancies = { $count ->
    [one] 1 puesto lleva vacante más de 60 días.
   *[other] { $count } puestos llevan vacantes más de 60 días.
}
bodies-composition = Quién representa a quién
bodies-seats-table = Puestos
bodies-no-seats = Todavía no hay puestos.
bodies-seat = Puesto
bodies-constituency = A quién representa
bodies-any-constituency = Cualquiera
bodies-method = Elegido por
bodies-holder = Titular
bodies-holder-by-role = Un alumno (solo por su papel)
bodies-term = Mandato
bodies-interests = Intereses declarados
bodies-interests-hint = Todo lo que pueda verse como un conflicto de intereses (un empleo en la escuela, un contrato, un familiar en la plantilla). Se muestra en la página pública.
bodies-no-interests = Ninguno declarado
bodies-interests-declared = Declarados (no se muestran para alumnos)
bodies-alternates = Suplentes
bodies-term-expired = El mandato terminó hace { $days } días
bodies-vacant = Vacante desde hace { $days } días
bodies-pupils-by-role = Los alumnos que ocupan puestos se muestran por su papel, nunca por su nombre.
bodies-held-by-group = Puestos ocupados por grupo
bodies-rules = Reglas sobre quién ocupa los puestos
bodies-no-rules = No hay reglas declaradas.
rule-majority = { $groups } ocupan la mayoría de los puestos
rule-parity = Tantos puestos para { $first } como para { $second }
rule-at-least = Al menos { $count } puestos para { $groups }
rule-kind-majority = Mayoría para algunos grupos
rule-kind-parity = Paridad entre dos partes
rule-kind-at_least = Un número mínimo de puestos
bodies-rule-remove = Quitar la regla
bodies-areas = Áreas de decisión sobre las que tiene poder
bodies-no-areas = Ninguna todavía: vincule el órgano a una iniciativa y elija áreas de su carta.
bodies-manage = Gestionar puestos y reglas
bodies-history = Mandatos hasta ahora
bodies-end-term-on = Último día
bodies-end-term = Terminar el mandato antes
bodies-fill-from-alternate = Dar el puesto al primer suplente
bodies-choose-person = Elija una persona
bodies-add-term = Dar el puesto por un mandato
bodies-starts-on = Empieza el
bodies-ends-on = Termina el
bodies-ends-on-hint = Déjelo vacío para el mandato del puesto, de { $months } meses.
bodies-alternate = Suplente
bodies-add-alternate = Añadir como suplente
bodies-selection-link = El sorteo para este puesto
bodies-open-selection = Elegir al titular por sorteo
bodies-remove-seat = Quitar el puesto
bodies-add-seat = Añadir un puesto
bodies-term-months = Mandato, en meses
bodies-term-limit = Mandatos seguidos permitidos
bodies-term-limit-hint = Déjelo vacío si no hay límite.
bodies-add-rule = Añadir una regla
bodies-rule-kind = Regla
bodies-rule-groups = Grupos
bodies-rule-second = La otra parte (solo paridad)
bodies-rule-second-hint = Para la paridad: los grupos cuyos puestos deben igualar a los primeros.
bodies-rule-count = Número de puestos (solo «al menos»)
bodies-rule-count-hint = Para «al menos»: el mínimo de puestos que deben ocupar estos grupos.
bodies-save-areas = Guardar las áreas de decisión
bodies-edit = Editar el órgano
meetings-title = Reuniones de { $community }
meetings-title-short = Reuniones
meetings-lead = Reuniones de consejos, grupos e iniciativas, con su orden del día y sus actas. Inscríbase para tener plaza y díganos qué necesita para participar.
meetings-upcoming = Próximas
meetings-past = Reuniones pasadas
meetings-none-upcoming = No hay reuniones próximas.
meetings-cancelled = Cancelada
meetings-calendars = Calendarios
meetings-subscribe-community = Suscribirse a todas las reuniones (iCalendar)
meetings-subscribe-body = Suscribirse a las reuniones de este órgano (iCalendar)
meetings-add-to-calendar = Añadir a mi calendario (iCalendar)
meetings-my-feed = Mis reuniones
meetings-my-feed-lead = Una dirección privada para su programa de calendario con las reuniones en las que se inscribió. Quien tenga la dirección puede leerla: cree una nueva o desactívela si se filtra.
meetings-my-feed-new = Su dirección privada (solo se muestra ahora; cópiela en su programa de calendario):
meetings-my-feed-since = Tiene una dirección privada desde el { $date }.
meetings-my-feed-create = Crear mi dirección privada
meetings-my-feed-renew = Crear una dirección nueva (la anterior deja de funcionar)
meetings-my-feed-revoke = Desactivar mi dirección
meetings-new = Nueva reunión
meetings-new-initiative = Nueva reunión de una iniciativa
meetings-field-title = Título
meetings-field-description = De qué trata
meetings-field-mode = Cómo se participa
meeting-mode-in_person = En persona
meeting-mode-online = En línea
meeting-mode-hybrid = En persona y en línea
meetings-field-location = Lugar
meetings-field-location-hint = Necesario en persona: la sala y la dirección, y cómo entrar sin escalones.
meetings-field-link = Enlace para unirse en línea
meetings-field-link-hint = Necesario en línea: una dirección https. Solo lo ven quienes tienen plaza.
meetings-field-starts = Empieza
meetings-field-ends = Termina
meetings-field-zone-hint = En la hora de la comunidad ({ $zone }).
meetings-field-capacity = Plazas
meetings-field-reserved = Plazas reservadas para un grupo
meetings-field-reserved-hint = Por ejemplo, la mitad de las plazas para familias que aún no han participado. El resto están abiertas a todos.
meetings-field-reminder = Recordatorio, horas antes
meetings-field-reminder-hint = Un correo a todas las personas con plaza. 0 para ninguno.
meetings-when = Cuándo
meetings-places = Plazas
meetings-places-value = { $registered } de { $capacity } ocupadas · { $waitlisted } en espera
meetings-kept-for = Reservadas para { $group }
meetings-kept-value = { $places } plazas, quedan { $left }
meetings-notice-broken = El orden del día no se publicó { $hours } horas antes de la reunión, como pide la regla de aviso de este órgano.
meetings-agenda = Orden del día
meetings-agenda-not-yet = El orden del día aún no se ha publicado.
meetings-agenda-empty = Todavía no hay puntos.
meetings-item-minutes = { $minutes } min
meetings-item-remove = Quitar el punto
meetings-agenda-published = Publicado el { $date }.
meetings-registration = Su plaza
meetings-you-are-registered = Tiene plaza.
meetings-your-code = Su código de entrada:
meetings-code-hint = Muéstrelo o léalo en la puerta. No tiene letras que se confundan con números.
meetings-you-are-waitlisted = Está en la lista de espera. Si queda una plaza libre, es suya y le enviamos un correo.
meetings-cancel-registration = Renunciar a mi plaza
meetings-login-to-register = Inicie sesión para inscribirse
meetings-members-register = Los miembros de la comunidad pueden inscribirse.
meetings-needs = ¿Qué necesita para participar?
meetings-needs-hint = Solo lo ven las personas organizadoras, y solo como totales.
access-need-interpreting = Interpretación o traducción
access-need-childcare = Cuidado de niños
access-need-step_free = Acceso sin escalones
access-need-dietary = Necesidades alimentarias
access-need-other = Otra cosa
meetings-needs-language = Idioma de interpretación
meetings-needs-other = Otra cosa que debamos saber
meetings-register = Inscribirme
meetings-join-waitlist = Apuntarme a la lista de espera
meetings-attendance = Quién vino
meetings-attendance-total = Total
meetings-quorate = Hay quórum: { $present } de { $seats } puestos presentes.
meetings-not-quorate = No hay quórum: { $present } de { $seats } puestos presentes.
meetings-minutes = Acta
meetings-minutes-none = Todavía no hay acta.
minutes-status-none = Sin empezar
minutes-status-draft = Borrador
minutes-status-approved = Aprobada
minutes-status-published = Publicada
meetings-minutes-approved-by = aprobada el { $date }, a propuesta de { $name }
meetings-decisions = Decisiones
meetings-decision-ideas = responde a las ideas { $ideas }
meetings-actions = Acciones
meetings-organise = Organizar
meetings-needs-totals = Necesidades de acceso (totales)
meetings-needs-none = Nadie ha pedido nada todavía.
meetings-needs-language-count = Interpretación al { $language }: { $count }
meetings-check-in = Registrar la entrada
meetings-check-in-code = Código
meetings-list = Inscripciones
meetings-person = Nombre
meetings-status = Plaza
registration-status-registered = Tiene plaza
registration-status-waitlisted = Lista de espera
registration-status-cancelled = Renunció a la plaza
meetings-walk-in = vino sin inscribirse
meetings-present = Presente
meetings-mark = Marcar presente:
meetings-unmark = Marcar ausente:
meetings-walk-in-add = Añadir a alguien que vino sin inscribirse
meetings-item-add = Añadir un punto al orden del día
meetings-item-title = Punto
meetings-item-owner = Quién lo dirige
meetings-item-length = Minutos
meetings-item-area = Área de decisión
meetings-no-area = Ninguna
meetings-agenda-publish = Publicar el orden del día
meetings-minutes-write = Redactar el acta
meetings-minutes-summary = Resumen
meetings-decision-n = Decisión { $n }
meetings-decision-text = Qué se decidió
meetings-decision-ideas-field = Ideas a las que responde
meetings-decision-ideas-hint = Números de idea separados por comas. La decisión aparece entonces en «Ustedes dijeron, nosotros hicimos».
meetings-action-n = Acción { $n }
meetings-action-text = Qué se hará
meetings-action-owner = Quién lo hace
meetings-action-due = Para el
meetings-minutes-save = Guardar una versión nueva
meetings-minutes-approve = Registrar la aprobación
meetings-minutes-approve-lead = El órgano aprueba el acta en una reunión posterior, a propuesta de uno de sus miembros.
meetings-minutes-approve-later = El acta se aprueba en la próxima reunión del órgano: prográmela primero.
meetings-approved-in = Aprobada en la reunión
meetings-mover = A propuesta de
meetings-minutes-publish = Publicar el acta
meetings-edit = Cambiar la reunión
meetings-cancel = Cancelar la reunión
flash-registered = Tiene plaza. Su código de entrada está en esta página.
flash-waitlisted = La reunión está completa: está en la lista de espera.
flash-registration-cancelled = Ha renunciado a su plaza.
flash-checked-in = Entrada registrada.
flash-meeting-cancelled = La reunión está cancelada. Los calendarios la muestran cancelada.
flash-agenda-published = El orden del día está publicado y enviado a los miembros.
flash-agenda-published-late = El orden del día está publicado, más tarde de lo que pide la regla de aviso.
flash-minutes-approved = La aprobación está registrada.
flash-minutes-published = El acta está publicada.
flash-feed-revoked = Su dirección privada de calendario ya no funciona.
flash-seat-filled = El primer suplente ocupa ahora el puesto.
error-datetime-invalid = Escriba una fecha y una hora, como 2026-12-03 18:30.
error-link-invalid = Escriba una dirección web que empiece por https://.
error-meeting-needs-location = Indique dónde es la reunión.
error-meeting-needs-link = Dé el enlace para unirse en línea.
error-meeting-ends-before-start = Una reunión debe terminar después de empezar.
error-meeting-too-long = Una reunión dura como mucho 24 horas.
error-meeting-in-past = Una reunión nueva empieza en el futuro.
error-meeting-cancelled = Esta reunión está cancelada.
error-registration-closed = La inscripción está cerrada: la reunión ha empezado o está cancelada.
error-already-registered = Ya está inscrito en esta reunión.
error-not-registered = No está inscrito en esta reunión.
error-reserved-over-capacity = Las plazas reservadas para grupos suman más que las plazas.
error-capacity-below-registered = { $count } personas ya tienen plaza: la reunión necesita al menos esas plazas.
error-interpreting-language = Indique a qué idioma interpretar.
error-check-in-unknown = Ninguna inscripción tiene este código.
error-checked-in-already = Esta persona ya tiene la entrada registrada.
error-agenda-empty = Añada al menos un punto antes de publicar el orden del día.
error-agenda-published = El orden del día ya está publicado.
error-minutes-approved = El acta está aprobada: ya no puede cambiar.
error-minutes-no-body = Solo el acta de la reunión de un órgano la aprueba el órgano.
error-minutes-not-draft = Solo se puede aprobar un acta en borrador.
error-minutes-not-approved = Solo se puede publicar un acta aprobada.
error-mover-not-member = Quien propone debe ser miembro del órgano.
error-idea-unknown = No hay ninguna idea { $idea } en esta iniciativa.
error-too-many-rows = Como mucho { $max } filas.
error-holder-constituency = Esta persona no pertenece al grupo del puesto.
error-alternate-exists = Esta persona ya es suplente de este puesto.
error-no-alternate = Este puesto no tiene suplente.
error-seat-not-by-lot = Este puesto no se elige por sorteo.
error-body-needs-initiative = Vincule el órgano a una iniciativa para elegir puestos por sorteo.
error-term-end-outside = El último día debe caer dentro del mandato.
error-rule-exists = El órgano ya tiene esta regla.
error-rules-too-many = Un órgano tiene como mucho 10 reglas.
error-rule-sides-overlap = Un grupo no puede estar en las dos partes.
email-meeting-promoted-subject = Tiene plaza: { $title }
email-meeting-promoted-body = Ha quedado una plaza libre en «{ $title }» y es suya. Su código de entrada está en la página de la reunión: { $url }
email-meeting-cancelled-subject = Cancelada: { $title }
email-meeting-cancelled-body = «{ $title }» del { $text } está cancelada. { $url }
email-meeting-reminder-subject = Recordatorio: { $title }
email-meeting-reminder-body = «{ $title }» es el { $text }. Su código de entrada y el orden del día: { $url }
email-agenda-subject = Orden del día: { $title }
email-agenda-body = El orden del día de «{ $title }»:

    { $text }

    { $url }
email-minutes-subject = Acta aprobada: { $title }
email-minutes-body = El acta de «{ $title }» está aprobada.

    { $text }

    { $url }
audit-action-body-create = Consejo o grupo creado
audit-action-body-update = Consejo o grupo modificado
audit-action-body-rules = Reglas de composición modificadas
audit-action-seat-add = Puesto añadido
audit-action-seat-update = Puesto modificado
audit-action-seat-remove = Puesto quitado
audit-action-seat-term = Puesto dado por un mandato
audit-action-seat-term-end = Mandato terminado antes
audit-action-seat-alternate = Suplentes modificados
audit-action-seat-fill = Puesto cubierto por un suplente
audit-action-meeting-create = Reunión programada
audit-action-meeting-update = Reunión modificada
audit-action-meeting-cancel = Reunión cancelada
audit-action-meeting-agenda = Orden del día modificado
audit-action-meeting-attendance = Asistencia registrada
audit-action-minutes-save = Acta guardada
audit-action-minutes-approve = Acta aprobada
audit-action-minutes-publish = Acta publicada
health-body-rules-broken = { $count ->
    [one] Un consejo o grupo de esta iniciativa incumple 1 de sus reglas sobre quién ocupa los puestos.
   *[other] Consejos o grupos de esta iniciativa incumplen { $count } de sus reglas sobre quién ocupa los puestos.
}
health-body-rules-broken-fix = Cubra los puestos que piden las reglas
health-body-terms-expired = { $count ->
    [one] El mandato de 1 puesto ha terminado y nadie lo ha sucedido.
   *[other] El mandato de { $count } puestos ha terminado y nadie los ha sucedido.
}
health-body-terms-expired-fix = Renueve o cubra los puestos
health-body-vacancy-overdue = { $count ->
    [one] 1 puesto lleva vacante más de 60 días.
   *[other] { $count } puestos llevan vacantes más de 60 días.
}
health-body-vacancy-overdue-fix = Cubra los puestos con suplentes o por sorteo
community-together = Trabajar juntos
community-together-lead = Los consejos y grupos que mantienen las iniciativas en marcha con familias, alumnos y personal, y sus reuniones.
bodies-against-baseline = Puestos frente a la comunidad
bodies-against-baseline-lead = Quién ocupa los puestos frente a quién forma la comunidad ({ $source }, { $date }).
bodies-seats-held-col = Puestos ocupados
bodies-share-of-seats = Parte de los puestos
bodies-share-of-community = Parte de la comunidad
error-seat-has-history = Este puesto ya ha tenido titulares: su historial se conserva, así que no se puede quitar.

## Eventos (issue 17)
events-title = Eventos de { $community }
events-title-short = Eventos
events-lead = Congresos, jornadas de talleres y tardes de puertas abiertas. Propón una sesión mientras la convocatoria está abierta, inscríbete y cuenta después qué funcionó.
events-none = Todavía no hay eventos.
events-new = Organizar un evento
events-whole-community = Toda la comunidad
events-call-open = Convocatoria de sesiones abierta
events-field-kind = Tipo de evento
events-field-summary = De qué trata
events-field-call-closes = La convocatoria de sesiones cierra
events-field-call-closes-hint = Los miembros pueden proponer sesiones hasta entonces; debe cerrar antes de que empiece el evento.
events-field-goal = Meta de sesiones dirigidas por familias y alumnado (%)
events-field-goal-hint = La parte de sesiones dirigidas o codirigidas por madres, padres, cuidadores y alumnado debe superar esta cifra. Más de la mitad es 50.
events-field-criteria = Criterios de revisión
events-field-criteria-hint = Uno por línea, 6 como máximo. Si lo dejas vacío, el comité puntúa la utilidad, la dirección por familias o alumnado y el valor práctico.
event-kind-conference = Congreso
event-kind-workshop_day = Jornada de talleres
event-kind-open_evening = Tarde de puertas abiertas
session-format-talk = Charla
session-format-workshop = Taller
session-format-panel = Mesa redonda
session-format-discussion = Debate
session-format-activity = Actividad
lead-role-parent_carer = Madre, padre o cuidador
lead-role-pupil = Alumno o alumna
lead-role-staff = Personal
lead-role-partner = Organización colaboradora
proposal-status-proposed = En revisión
proposal-status-accepted = Aceptada
proposal-status-declined = No aceptada
proposal-status-withdrawn = Retirada
events-call = Convocatoria de sesiones
events-call-closes = Abierta hasta el { $date }
events-call-closed = Cerró el { $date }
events-propose-link = Proponer una sesión
events-proposals-link = Propuestas y decisiones del comité
events-report = Informe
events-certificate = Certificado de asistencia
events-registration = Inscripción
events-registration-lead = Inscríbete en el evento para obtener tu código de registro; puedes decir qué necesitas para participar.
events-register = Inscribirme en el evento
events-registration-manage = Tu plaza y tus necesidades de acceso
events-programme = Programa
events-share = { $led } de { $sessions } sesiones ({ $percent } %) están dirigidas o codirigidas por familias y alumnado; la meta es más del { $goal } %.
events-goal-met = Meta cumplida.
events-goal-not-met = Meta aún no cumplida.
events-programme-draft = Borrador: solo la organización ve horarios y salas hasta que se publique el programa.
events-programme-not-yet = El programa aparecerá aquí cuando se publique.
events-programme-of = Programa del { $date }
events-time = Hora
events-room = Sala
events-session = Sesión
events-leads = Dirigida por
events-family-led = Dirigida por familias
events-places-left = Quedan { $left } de { $capacity } plazas
events-session-register = Inscribirme en esta sesión
events-accepted-unplaced = Aceptadas, aún sin lugar en el programa
events-a-pupil = Un alumno o alumna
events-your-feedback = Tu opinión
events-feedback-lead = Asististe: cuenta a quienes la dirigieron qué funcionó. Ven los resultados solo cuando han respondido 5 personas, y las respuestas escritas a partir de 10.
events-useful = ¿Qué tan útil fue?
events-changed = ¿Cuánto cambió tu manera de verlo?
events-worked = Qué funcionó
events-better = Qué podría mejorar
events-scale-not-at-all = nada
events-scale-very = mucho
events-scale-a-great-deal = muchísimo
events-scale-poor = mal
events-scale-excellent = excelente
events-scale-weak = débil
events-scale-strong = sólida
events-choose = Elige…
events-feedback-send = Enviar mi opinión
events-overall = El evento en conjunto
events-overall-question = En general, ¿cómo fue el evento?
events-overall-comment = Algo más que quieras decir a la organización
events-your-sessions = Opiniones sobre tus sesiones
events-answers = Respondieron { $count }.
events-answers-few = Respondieron menos de { $threshold }.
events-answers-col = Respuestas
events-results-wait = Los resultados se muestran cuando hayan respondido { $count } personas.
events-panel = Comité de revisión
events-panel-lead = El comité puntúa las propuestas según los criterios. Debe incluir al menos a un familiar y a un miembro del personal; quien propuso o dirige una sesión no puede revisarla.
events-panel-members = Miembros del comité
events-panel-save = Guardar el comité
events-rooms = Salas
events-rooms-none = Añade salas antes de colocar sesiones.
events-room-capacity = { $capacity } plazas
events-room-name = Nombre de la sala
events-room-add = Añadir la sala
events-programme-publish = Publicar el programa
events-edit = Cambiar el evento
events-proposals-title = Sesiones propuestas para { $event }
events-criteria = Lo que busca el comité
events-propose = Proponer una sesión
events-propose-lead = Cualquier persona de la comunidad puede proponer una sesión. Di quién la dirige: este evento trata de sesiones dirigidas o codirigidas por familias y alumnado.
events-session-title = Título
events-session-summary = Qué ocurre en la sesión
events-session-format = Formato
events-session-minutes = Duración en minutos
events-session-audience = Para quién es
events-session-track = Eje
events-session-track-hint = Opcional: un tema que agrupa sesiones en el programa.
events-i-lead = Yo dirijo esta sesión
events-my-role = Mi papel
events-lead-name = Otra persona que dirige { $n }: nombre
events-lead-role = Otra persona que dirige { $n }: papel
events-pupil-names-hint = El nombre de un alumno o alumna solo lo ven tú y la organización; los demás ven «un alumno o alumna».
events-propose-send = Enviar la propuesta
events-proposals = Propuestas
events-proposals-none = Todavía no hay propuestas.
events-panel-decision = La decisión del comité
events-reviews-count = { $count } revisiones, { $conflicts } conflictos declarados
events-mean-score = puntuación media { $score } / 5
events-you-declared-conflict = Declaraste un conflicto de intereses.
events-you-reviewed = Tu revisión:
events-review = Tu revisión
events-review-comment = Comentario para el comité
events-review-send = Guardar la revisión
events-declare-conflict = Declarar un conflicto de intereses
events-withdraw = Retirar la propuesta
events-decide = Registrar la decisión del comité
events-decision = Decisión
events-decision-reason = Motivo (todo el mundo lo lee)
events-place = Colocar en el programa
events-move = Mover en el programa
events-capacity-hint = Vacío significa las plazas de la sala.
events-report-title = Informe: { $event }
events-report-draft = Borrador: solo la organización lo ve hasta que se publique el informe.
events-sessions-side-by-side = Las sesiones lado a lado
events-results-rule = Las cifras se muestran a partir de { $scales } respuestas; las respuestas escritas solo desde { $text }, a la organización y a quienes dirigen la sesión.
events-report-csv = Descargar el programa y los resultados (CSV)
events-report-publish = Publicar el informe
events-certificate-text = { $name } participó en { $event }, organizado por { $community }.
events-certificate-sessions = Sesiones a las que asistió
events-certificate-print = Imprime esta página o guárdala como PDF.
events-back-to-event = Parte de un evento: volver a su programa
events-meeting-managed = Esta reunión es parte de un evento: cámbiala desde el programa del evento.
event-report-line = { $sessions } sesiones, { $led } de ellas dirigidas o codirigidas por familias y alumnado ({ $percent } %, meta más del { $goal } %).
event-report-rating = { $count } participantes valoraron el evento con { $rating } sobre 5.
error-call-after-start = La convocatoria de sesiones debe cerrar antes de que empiece el evento.
error-event-too-long = Un evento dura como máximo { $days } días.
error-call-closed = La convocatoria de sesiones está cerrada.
error-session-needs-lead = Di quién dirige la sesión: marca «Yo dirijo esta sesión» o nombra a alguien.
error-review-conflict = No puedes revisar esta propuesta: declaraste un conflicto de intereses, o la propusiste o la diriges.
error-proposal-decided = Esta propuesta ya se decidió o se retiró.
error-panel-not-mixed = El comité necesita al menos a un familiar y a un miembro del personal antes de decidir.
error-proposal-not-reviewed = Nadie del comité ha revisado aún esta propuesta.
error-proposal-not-accepted = Solo las sesiones aceptadas van al programa.
error-room-exists = Ya hay una sala con ese nombre.
error-session-outside-event = La sesión debe caber dentro del horario del evento.
error-clash-room = La sala está ocupada entonces por «{ $session }».
error-clash-lead = { $name } dirige «{ $session }» a esa hora.
error-programme-empty = Coloca al menos una sesión antes de publicar el programa.
error-programme-published = El programa ya está publicado.
error-feedback-not-attended = Solo quienes registraron su asistencia pueden opinar.
error-feedback-given = Ya diste tu opinión sobre esto.
error-certificate-not-attended = El certificado es para quienes registraron su asistencia.
error-event-not-over = El informe se puede publicar cuando el evento haya terminado.
error-report-published = El informe ya está publicado.
error-meeting-of-event = Esta reunión es parte de un evento: cámbiala desde el programa del evento.
email-proposal-accepted-subject = Tu sesión fue aceptada: { $title }
email-proposal-declined-subject = Tu propuesta de sesión: { $title }
email-proposal-decided-body = El comité decidió sobre «{ $title }». Su motivo: { $text } { $url }
flash-proposal-sent = Tu propuesta se envió al comité.
flash-proposal-withdrawn = Tu propuesta se retiró.
flash-review-saved = Tu revisión se guardó.
flash-conflict-declared = Se registró tu conflicto de intereses; no revisarás esta propuesta.
flash-decision-saved = La decisión quedó registrada y se avisó a quien la propuso.
flash-programme-published = El programa está publicado.
flash-report-published = El informe está publicado.
flash-feedback-thanks = Gracias por tu opinión.
audit-action-event-create = Evento organizado
audit-action-event-update = Evento cambiado
audit-action-event-panel = Comité de revisión nombrado
audit-action-event-room = Sala añadida
audit-action-event-programme = Programa publicado
audit-action-event-report = Informe del evento publicado
audit-action-proposal-create = Sesión propuesta
audit-action-proposal-withdraw = Propuesta de sesión retirada
audit-action-proposal-review = Propuesta de sesión revisada
audit-action-proposal-decide = Propuesta de sesión decidida
audit-action-session-place = Sesión colocada en el programa

## Acciones compartidas (issue 17)
actions-title = Quién hace qué
actions-lead = Acciones que familias, alumnado y personal asumen juntos: cada una tiene responsables de al menos { $count } colectivos, una fecha y una lista que dice cuándo está hecha. El avance es el de la lista.
actions-none = Todavía no hay acciones.
actions-open-count = { $count ->
    [one] 1 acción abierta.
   *[other] { $count } acciones abiertas.
}
actions-due = Para el { $date }
actions-overdue = Atrasada
actions-progress = { $done } de { $total } hechas
actions-progress-of = Avance de «{ $title }»
actions-owners = Responsables
actions-from = Viene de
actions-no-source = Nada en particular
action-status-open = Abierta
action-status-done = Hecha
action-status-dropped = Abandonada
action-source-minutes = Acta
action-source-idea = Idea
action-source-session = Sesión del congreso
action-source-commitment = Compromiso
actions-new = Añadir una acción
actions-field-title = Qué se hará
actions-field-description = Detalles
actions-field-due = Fecha límite
actions-field-checklist = Cuándo está hecha
actions-field-checklist-hint = Un punto por línea; el avance es cuántos están marcados.
actions-field-owner = Responsable { $n }
actions-field-owners-hint = De al menos { $count } colectivos distintos, por ejemplo una madre y un docente.
actions-field-source = Viene de
actions-rule = Responsables
actions-field-min-groups = Colectivos de los que deben venir los responsables de cada acción
actions-field-min-groups-hint = De 1 a { $max }; 2 significa al menos dos colectivos, como familias y personal.
actions-checklist = Lista
actions-item-done = Hecho
actions-tick = Marcar hecho
actions-untick = Marcar pendiente
actions-complete = Completar la acción
actions-complete-lead = Todos los puntos están marcados. Di qué demuestra que está hecha: aparecerá en «dijiste, hicimos».
actions-evidence = Prueba
actions-evidence-hint = Una frase o un enlace que cualquiera pueda comprobar.
error-due-in-past = La fecha debe ser hoy o más adelante.
error-checklist-empty = Escribe al menos un punto que diga cuándo está hecha.
error-owners-needed = Elige a los responsables.
error-owners-constituencies = Los responsables deben venir de al menos { $count } colectivos distintos.
error-checklist-not-done = Marca antes todos los puntos de la lista.
error-action-closed = Esta acción está cerrada.
flash-item-done = Marcado.
flash-item-undone = Desmarcado.
flash-action-done = La acción está hecha y aparece en «dijiste, hicimos».
health-actions-overdue = { $count ->
    [one] 1 acción compartida ha pasado su fecha.
   *[other] { $count } acciones compartidas han pasado su fecha.
}
health-actions-overdue-fix = Ver quién hace qué
email-action-owner-subject = Eres responsable de una acción: { $title }
email-action-owner-body = Tú y otras personas asumen «{ $title }», para el { $text }. Su lista: { $url }
email-action-overdue-subject = Atrasada: { $title }
email-action-overdue-body = «{ $title }» era para el { $text } y aún no está hecha. Marca lo hecho o avisa a tus corresponsables: { $url }
audit-action-action-create = Acción añadida
audit-action-action-tick = Lista de una acción cambiada
audit-action-action-close = Acción cerrada
audit-action-action-rule = Regla de responsables cambiada

## Turnos de colaboración (issue 17)
roles-title = Funciones y turnos
roles-lead = Formas de ayudar a llevar a cabo esta iniciativa: cada una dice qué pide y qué recibes a cambio. Apúntate a un turno; el personal registra las horas que das y cumple lo prometido.
roles-none = Todavía no hay funciones.
roles-asks = Qué pide
roles-gives-back = Qué recibes a cambio
roles-places = { $shifts } turnos próximos, quedan { $left } plazas
roles-new = Añadir una función
roles-field-title = Función
roles-field-description = Qué hace la función
roles-field-time = Tiempo que pide
roles-field-skills = Habilidades que pide
roles-field-languages = Idiomas que pide
roles-field-tags-hint = Sepáralos con comas.
roles-field-safeguarding = Los adultos en esta función trabajan con alumnado: se necesita una verificación de protección
roles-field-pupils = El alumnado puede asumir esta función, con un miembro del personal nombrado
roles-field-gives-back-detail = Más sobre lo que se recibe a cambio
give-back-training = Formación
give-back-certificate = Un certificado
give-back-reference = Una carta de referencia
give-back-credit_hours = Horas de crédito
roles-safeguarding-note = Los adultos en esta función trabajan con alumnado: el personal registra una verificación de protección antes de que nadie se apunte. Su resultado nunca se muestra.
roles-pupils-note = El alumnado puede asumir esta función en turnos con un miembro del personal nombrado.
roles-your-time = Tu tiempo
roles-your-hours = Gracias: has dado { $hours } horas en esta función.
roles-promise-kept = entregado
roles-promise-open = en camino
roles-shifts = Turnos
roles-shifts-none = Todavía no hay turnos.
roles-supervised-by = con { $name }
roles-you-signed-up = Tienes plaza en este turno.
roles-sign-up = Apuntarme
roles-signed-up = Apuntados
roles-hours-given = { $hours } horas dadas
roles-hours-for = Horas dadas por { $name }
roles-hours-hint = Por ejemplo 1,5
roles-record-hours = Registrar y agradecer
roles-suggestions = Sugerencias según las fortalezas compartidas
roles-usually-free = suele estar libre entonces
roles-promises = Lo prometido a cambio
roles-promised-on = Desde
roles-mark-kept = Marcar como entregado
roles-add-shift = Añadir un turno
roles-supervisor = Miembro del personal que supervisa
roles-supervisor-hint = Obligatorio cuando participa alumnado.
roles-no-supervisor = Ninguno
roles-hours-csv = Descargar las horas dadas (CSV)
strengths-link = Registra tus fortalezas
strengths-title = Tus fortalezas
strengths-lead = En qué eres bueno, los idiomas que hablas y cuándo sueles estar libre. Solo tú lo ves, salvo que decidas compartirlo con quienes facilitan, que lo usan solo para sugerirte funciones. Nunca es público.
strengths-skills = Habilidades
strengths-strengths = Fortalezas
strengths-strengths-hint = Con tus palabras: para qué acuden a ti los demás.
strengths-languages = Idiomas
strengths-availability = Suelo estar libre
availability-weekday_morning = Mañanas entre semana
availability-weekday_afternoon = Tardes entre semana
availability-weekday_evening = Noches entre semana
availability-weekend = Fines de semana
strengths-shared = Dejar que quienes facilitan lo vean para sugerirme funciones
strengths-delete = Borrar mis fortalezas
safeguarding-title = Verificaciones de protección
safeguarding-lead = Verificaciones de adultos que trabajan con alumnado. Solo quienes facilitan ven esta página; los resultados nunca se muestran en otro lugar.
safeguarding-none = Todavía no hay verificaciones registradas.
safeguarding-expires = Caduca
safeguarding-record = Registrar una verificación
check-status-cleared = Aprobada
check-status-pending = Pendiente
check-status-refused = Denegada
error-role-gives-back = Di qué se recibe a cambio: al menos una cosa.
error-shift-length = Un turno termina después de empezar, en menos de 12 horas.
error-shift-needs-supervisor = El alumnado solo participa con un miembro del personal nombrado que supervise.
error-supervisor-staff = Quien supervisa debe ser miembro del personal.
error-shift-past = Este turno ya empezó.
error-role-adults-only = Esta función es para adultos.
error-safeguarding-needed = Esta función trabaja con alumnado: un miembro del personal debe registrar antes tu verificación de protección.
error-already-signed-up = Ya tienes plaza en este turno.
error-shift-full = Este turno está completo.
error-not-signed-up = No hay plaza a la que renunciar.
error-hours-invalid = Indica las horas con un número de 0,25 a 12.
error-promise-not-open = Esa promesa ya se cumplió o nunca se hizo.
error-check-expiry = Una verificación aprobada necesita su fecha de caducidad.
email-hours-thanks-subject = Gracias: { $title }
email-hours-thanks-body = Gracias por dar { $text } horas como { $title }. Lo que la función da a cambio está en camino: { $url }
flash-signed-up = Tienes plaza.
flash-hours-recorded = Las horas están registradas y se agradeció a la persona.
flash-promise-kept = Marcado como entregado.
flash-strengths-deleted = Tus fortalezas se borraron.
health-promises-undelivered = { $count ->
    [one] 1 promesa a alguien que dio su tiempo sigue sin cumplirse tras 30 días.
   *[other] { $count } promesas a personas que dieron su tiempo siguen sin cumplirse tras 30 días.
}
health-promises-undelivered-fix = Cumplir lo que prometen las funciones
audit-action-role-create = Función añadida
audit-action-shift-create = Turno añadido
audit-action-hours-record = Horas registradas
audit-action-promise-kept = Promesa cumplida
audit-action-safeguarding-record = Verificación de protección registrada

## Encuestas (issue 18)
error-survey-options = Dé al menos dos opciones, una por línea.
error-survey-rows = Dé los elementos de la tabla, uno por línea.
error-survey-condition = Escriba la condición como el número de una pregunta de opción anterior y los números de sus opciones, como «2: 1, 3».
error-answer-range = Esta respuesta no es una de las opciones.
error-answer-hidden = Esta pregunta no se hace con sus respuestas anteriores, así que no se puede responder.
error-survey-not-draft = Las preguntas solo se pueden cambiar mientras la encuesta es un borrador.
error-survey-not-open = Esta encuesta no está abierta.
error-survey-empty = Añada una pregunta antes de abrir la encuesta.
error-survey-changed = Otra persona cambió la encuesta al mismo tiempo; inténtelo de nuevo.
error-survey-answered = Esta invitación ya se usó para responder.
audit-action-survey-create = Encuesta iniciada
audit-action-survey-question = Pregunta de encuesta añadida
audit-action-survey-open = Encuesta abierta
audit-action-survey-invite = Personas invitadas a una encuesta
error-survey-scale-taken = Esta encuesta ya tiene una escala con ese nombre.
error-survey-not-closed = Cierre la encuesta antes de publicar sus resultados.
error-survey-published = Estos resultados ya están publicados.
error-survey-audience = Elija a quién va la encuesta: un grupo, una escuela, un consejo o un evento.
error-survey-unpublished = Los resultados de esta encuesta aún no están publicados.
survey-mode-anonymous = Anónima: sus respuestas no se pueden vincular con usted, ni siquiera por quienes organizan la encuesta.
survey-mode-confidential = Confidencial: sus respuestas se guardan con su nombre, pero solo se muestran totales.
survey-mode-named = Con nombre: quienes organizan la encuesta pueden ver sus respuestas con su nombre.
email-survey-invite-subject = Su opinión, por favor: { $title }
email-survey-invite-body = Le invitamos a responder «{ $title }».

    { $mode }

    Su enlace personal (sirve para responder una vez): { $url }
email-survey-reminder-subject = Recordatorio: { $title }
email-survey-reminder-body = Aún está a tiempo de responder «{ $title }». Este enlace nuevo sustituye al que le enviamos antes.

    { $mode }

    { $url }
audit-action-survey-scale = Escala de encuesta definida
audit-action-survey-close = Encuesta cerrada
audit-action-survey-publish = Resultados de encuesta publicados
audit-action-survey-moderate = Respuesta escrita de encuesta moderada
audit-action-survey-remind = Recordatorios de encuesta enviados
audit-action-survey-paper = Formulario de encuesta en papel registrado
health-outcomes-unmeasured = { $count ->
    [one] 1 resultado medible nunca se ha medido con una encuesta publicada.
   *[other] { $count } resultados medibles nunca se han medido con una encuesta publicada.
}
health-outcomes-unmeasured-fix = Medir los resultados con una encuesta
survey-label-agreement-1 = Muy en desacuerdo
survey-label-agreement-2 = En desacuerdo
survey-label-agreement-3 = Ni de acuerdo ni en desacuerdo
survey-label-agreement-4 = De acuerdo
survey-label-agreement-5 = Muy de acuerdo
survey-label-frequency-1 = Casi nunca
survey-label-frequency-2 = De vez en cuando
survey-label-frequency-3 = A veces
survey-label-frequency-4 = A menudo
survey-label-frequency-5 = Casi siempre
survey-label-quality-1 = Muy mala
survey-label-quality-2 = Mala
survey-label-quality-3 = Regular
survey-label-quality-4 = Buena
survey-label-quality-5 = Excelente
survey-label-extent-1 = Nada
survey-label-extent-2 = Un poco
survey-label-extent-3 = Algo
survey-label-extent-4 = Bastante
survey-label-extent-5 = Muchísimo
survey-label-confidence-1 = Nada seguro
survey-label-confidence-2 = Poco seguro
survey-label-confidence-3 = Algo seguro
survey-label-confidence-4 = Bastante seguro
survey-label-confidence-5 = Totalmente seguro
flash-survey-closed = La encuesta está cerrada: no se admiten más respuestas.
flash-survey-invited = Invitaciones enviadas.
flash-survey-nobody-new = Todas las personas elegidas ya estaban invitadas.
flash-survey-opened = La encuesta está abierta. Invite a las personas a responderla.
flash-survey-paper = Formulario en papel registrado. Puede registrar el siguiente.
flash-survey-published = Los resultados están publicados.
flash-survey-reminded = Recordatorios enviados a quienes no han respondido.
flash-survey-thanks = Gracias: sus respuestas están registradas.
flash-text-published = La respuesta se mostrará con los resultados.
flash-text-withheld = La respuesta no se mostrará.
survey-published = Resultados publicados
survey-status-draft = Borrador
survey-status-open = Abierta
survey-status-closed = Cerrada
survey-mode-short-anonymous = Anónima
survey-mode-short-confidential = Confidencial
survey-mode-short-named = Con nombre
survey-kind-single = Una opción
survey-kind-multiple = Varias opciones
survey-kind-scale = Escala de cinco puntos
survey-kind-rating = Valoración de 0 a 10
survey-kind-ranking = Clasificación
survey-kind-short_text = Texto breve
survey-kind-long_text = Texto largo
survey-kind-grid = Tabla de elementos en escala
survey-labels-agreement = Acuerdo (muy en desacuerdo … muy de acuerdo)
survey-labels-frequency = Frecuencia (casi nunca … casi siempre)
survey-labels-quality = Calidad (muy mala … excelente)
survey-labels-extent = Medida (nada … muchísimo)
survey-labels-confidence = Seguridad (nada seguro … totalmente seguro)
survey-template-four-cs-families = Trabajar juntos: familias (las cuatro C)
survey-template-four-cs-staff = Trabajar juntos: personal (las cuatro C)
survey-template-session-feedback = Opinión sobre una sesión
survey-template-did-we-do-what-we-said = ¿Hicimos lo que dijimos?
surveys-title = Encuestas
surveys-lead = La comunidad evalúa su propio trabajo: encuestas a familias, alumnado y personal, con resultados que cualquiera puede leer una vez publicados y sin mostrar nunca cifras pequeñas.
surveys-none = Aún no hay encuestas.
surveys-results = Resultados
surveys-new = Crear una encuesta
surveys-new-lead = Empiece con una de nuestras plantillas (con sus preguntas y escalas) o con una encuesta en blanco.
surveys-blank = Una encuesta en blanco
surveys-initiative-hint = Así sus escalas pueden medir los resultados de la iniciativa.
surveys-template = Plantilla
surveys-template-hint = Una plantilla define el título, la introducción, las preguntas, las escalas y el modo; puede añadir preguntas antes de abrirla.
surveys-template-language = Idioma de la plantilla
surveys-field-title = Título
surveys-field-title-hint = Necesario para una encuesta en blanco.
surveys-field-intro = Introducción
surveys-field-mode = Cómo se guardan las respuestas
surveys-field-mode-hint = Anónima salvo que haya un motivo para saber quién respondió. Se informa a las personas antes de empezar.
surveys-answer-by-link = Para responder, use el enlace que recibió por correo o en papel.
surveys-steps = Gestionar la encuesta
surveys-draft-lead = Un borrador: añada preguntas y escalas y después ábrala.
surveys-open = Abrir la encuesta
surveys-open-lead = Abierta: invite a personas, envíe recordatorios, registre formularios en papel. Ciérrela cuando termine el plazo.
surveys-close = Cerrar la encuesta
surveys-publish-lead = Cerrada. Modere las respuestas escritas en la página de resultados y después publique los resultados para todos.
surveys-publish = Publicar los resultados
surveys-published-on = Resultados publicados el { $date }.
surveys-export-responses = Respuestas (CSV)
surveys-export-codebook = Libro de códigos (CSV)
surveys-questions = Preguntas
surveys-no-questions = Aún no hay preguntas.
surveys-required = Obligatoria
surveys-labels = Respuestas
surveys-shown-if = Solo se pregunta tras responder { $options } a la pregunta { $n }.
surveys-add-question = Añadir una pregunta
surveys-field-section = Nueva sección
surveys-field-section-hint = Un título que empieza una sección con esta pregunta.
surveys-field-kind = Tipo
surveys-field-prompt = Pregunta
surveys-field-prompt-hint = Haga una pregunta en lugar de una afirmación: «¿Con qué frecuencia…?», no «La escuela a menudo…».
surveys-field-labels = Etiquetas de respuesta
surveys-field-labels-hint = Para escalas y tablas: elija etiquetas que encajen con la pregunta.
surveys-field-options = Opciones
surveys-field-options-hint = Una por línea (una opción, varias opciones, clasificación).
surveys-field-other = Ofrecer «otra» con un texto
surveys-field-rows = Elementos de la tabla
surveys-field-rows-hint = Uno por línea, cada uno se responde en la escala.
surveys-field-required = Obligatoria
surveys-field-show-if = Preguntar solo tras una respuesta
surveys-field-show-if-hint = El número de una pregunta de opción anterior y los de sus opciones, como «2: 1, 3». Déjelo vacío para preguntar siempre.
surveys-scales = Escalas
surveys-scales-lead = Una escala combina varios elementos de cinco puntos en una puntuación, como «Conexiones». Los elementos invertidos cuentan al revés.
surveys-no-scales = Aún no hay escalas.
surveys-reversed = invertido
surveys-scale-measures = Resultado que mide «{ $name }»
surveys-no-outcome = Ningún resultado
surveys-add-scale = Añadir una escala
surveys-field-scale-name = Nombre
surveys-field-scale-items = Elementos
surveys-field-scale-items-hint = Marque los elementos que combina y cuáles están invertidos.
surveys-reverse-item = El elemento { $item } está invertido
surveys-field-outcome = Mide el resultado
surveys-field-outcome-hint = Su puntuación aparecerá en el triángulo de la iniciativa junto a la meta del resultado.
surveys-invite = Invitar
surveys-invite-lead = Los miembros con correo reciben su enlace por correo; los enlaces de los demás se muestran para imprimir. Cada enlace sirve para responder una vez.
surveys-field-groups = Grupos de interés
surveys-field-schools = Escuelas
surveys-field-body = Miembros de un consejo o grupo
surveys-no-body = Ninguno
surveys-field-event = Personas inscritas en un evento
surveys-no-event = Ninguno
surveys-remind = Recordar a quienes no han respondido
surveys-remind-hint = Solo reciben un recordatorio, con un enlace nuevo, las personas invitadas por correo que no han respondido.
surveys-links = Enlaces para imprimir
surveys-links-lead = Para familias sin correo ni cuenta: cada papeleta lleva un enlace que sirve para responder una vez.
surveys-field-group = Grupo de interés
surveys-field-school = Escuela
surveys-any-school = Ninguna escuela en particular
surveys-field-count = Cuántos
surveys-field-count-hint = De 1 a { $max }.
surveys-links-print = Crear los enlaces
surveys-paper = Registrar formularios en papel
surveys-rates = Tasas de respuesta por grupo
surveys-group = Grupo
surveys-invited = Invitadas
surveys-answered = Respondieron
surveys-rate = Tasa
surveys-wave = Repetir como una nueva oleada
surveys-wave-lead = Las mismas preguntas y escalas en un nuevo borrador (por ejemplo, a final de curso), para medir el cambio en cada escala.
surveys-field-wave-label = Nombre de la oleada
surveys-field-wave-label-hint = Por ejemplo «Final de curso 2027».
surveys-links-title = Enlaces para «{ $title }»
surveys-emailed = { $count ->
    [one] Se envió su enlace por correo a 1 persona.
   *[other] Se envió su enlace por correo a { $count } personas.
}
surveys-links-once = Imprima esta página ahora: estos enlaces solo se muestran una vez.
surveys-back = Volver a la encuesta
surveys-condition-hint = Responda solo si su respuesta a la pregunta { $n } fue: { $options }.
surveys-other = Otra
surveys-other-text = Otra: indíquela
surveys-rating-hint = 0 es lo más bajo y 10 lo más alto.
surveys-ranking-hint = Dé a cada una un puesto distinto: 1 para la más importante.
surveys-how-kept = Cómo se guardan sus respuestas
surveys-thanks = Gracias: sus respuestas están registradas. Este enlace no se puede volver a usar.
surveys-send = Enviar mis respuestas
surveys-paper-title = Formularios en papel: { $title }
surveys-paper-lead = Copie cada formulario en papel tal como se rellenó. La nota dice de dónde vienen los formularios; queda en el registro de auditoría.
surveys-field-note = De dónde viene el formulario
surveys-field-note-hint = Por ejemplo «Buzón de recepción, 3 de diciembre».
surveys-paper-save = Registrar este formulario
surveys-results-title = Resultados: { $title }
surveys-results-unpublished = Aún sin publicar: solo quienes organizan ven estos resultados.
surveys-respondents = Personas que respondieron
surveys-invited-count = { $count } invitadas
surveys-suppression = No se muestran cifras de menos de { $threshold } personas ni ninguna cifra que permita deducirlas; las respuestas escritas solo aparecen a partir de { $texts } respuestas, y solo las publicadas tras la moderación.
surveys-respondents-by-group = Personas que respondieron por grupo
surveys-scales-caption = Puntuaciones de escala (media de los elementos, de 1 a 5, con intervalo del 95 %)
surveys-scale = Escala
surveys-score = Puntuación
surveys-alpha = α
surveys-alpha-long = Alfa de Cronbach: con qué coherencia miden los elementos una misma cosa (0,7 o más suele ser bueno)
surveys-previous = Oleada anterior
surveys-change = Cambio (intervalo del 95 %)
surveys-outcome = Resultado medido
surveys-change-hint = Un cambio cuyo intervalo no incluye el 0 difícilmente se debe solo al azar.
surveys-too-few = Respondieron menos de { $threshold }: no se muestra.
surveys-answers-to = Respuestas a la pregunta { $n }
surveys-answer = Respuesta
surveys-count = Número
surveys-share = Porcentaje
surveys-mean = Media (intervalo del 95 %)
surveys-no-school = Sin escuela
surveys-item = Elemento
surveys-no-texts = No hay respuestas escritas publicadas.
surveys-text-published = Publicada
surveys-text-withheld = Retenida
surveys-text-waiting = Sin moderar
surveys-text-publish = Publicar
surveys-text-withhold = Retener
value-measured = Medido
value-measured-by = { $scale }, { $survey }: { $score }
