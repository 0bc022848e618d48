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
flash-credentials-saved = Su correo y su contraseña se han guardado. Se cerraron sus otras sesiones.
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
community-participation-hint = Miembros por grupo de interés. Las cifras menores de 5 se ocultan para proteger la privacidad.
community-participation-caption = Miembros por grupo de interés
col-group = Grupo de interés
col-members = Miembros
col-total = Total
col-name = Nombre
col-role = Función
col-school = Escuela
col-joined = Se unió
col-actions = Acciones
privacy-suppressed = < 5
privacy-suppressed-long = Menos de 5 personas: se oculta para proteger la privacidad

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
members-caption = Miembros, página { $page } de { $pages }
members-pupil-badge = alumno/a
members-change = Cambiar a { $name }
member-no-group = Sin grupo
member-no-school = Sin escuela
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-status = Página { $page } de { $pages }

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
account-credentials = Correo y contraseña
account-credentials-none = Se unió con un enlace de invitación. Añada un correo y una contraseña para entrar desde otros dispositivos.
account-credentials-change = Cambie su correo electrónico o su contraseña.
account-field-current-password = Contraseña actual
account-field-new-password = Contraseña nueva
account-password-hint = Al menos 10 caracteres. Varias palabras sin relación son fáciles de recordar y difíciles de adivinar.
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
