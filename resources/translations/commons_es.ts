<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/about_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>About Commons</source>
        <translation>Acerca de Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions, where your data lives, and what leaves this computer</source>
        <translation>Versiones, dónde se guardan tus datos y qué sale de este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commons {version}</source>
        <translation>Commons {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A local-first app for neighbourhoods that look after each other.</source>
        <translation>Una aplicación local para vecindarios que se cuidan entre sí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where your data lives</source>
        <translation>Dónde se guardan tus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each profile is one encrypted database in its own folder under {folder}. Only a small header (the name in the picker, when it was made, and how your passphrase becomes a key) is not encrypted. Nothing is kept anywhere else.</source>
        <translation>Cada perfil es una base de datos cifrada en su propia carpeta dentro de {folder}. Solo una pequeña cabecera (el nombre que aparece en la lista, cuándo se creó y cómo tu frase de contraseña se convierte en una clave) no está cifrada. No se guarda nada en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What leaves this computer, and when</source>
        <translation>Qué sale de este ordenador, y cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan, check-ins, supporters and contributions never leave it, except in an encrypted export file you make yourself.</source>
        <translation>Tu plan, tus registros, tus personas de apoyo y tus aportaciones nunca salen de él, salvo en un archivo de exportación cifrado que hagas tú.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A community&apos;s shared information goes only to its members&apos; devices, encrypted so that only current members can read it: over your local network once syncing is turned on, and through the community&apos;s relay if it has one. A relay stores it without being able to read it.</source>
        <translation>La información compartida de una comunidad solo va a los dispositivos de sus miembros, cifrada para que solo los miembros actuales puedan leerla: por tu red local cuando activas la sincronización, y a través del relé de la comunidad si tiene uno. Un relé la guarda sin poder leerla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guest sessions are never synced, and are wiped when they end. Commons sends no usage data, crash reports or update checks anywhere.</source>
        <translation>Las sesiones de invitado nunca se sincronizan y se borran al terminar. Commons no envía a ningún sitio datos de uso, informes de errores ni búsquedas de actualizaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/answer_form.py" line="+40"/>
        <source>Your answers stay on this computer, in your locked profile. Only a masked form goes to the community, which means nothing on its own: once everyone has answered, only the averages can be worked out.</source>
        <translation>Tus respuestas se quedan en este ordenador, en tu perfil bloqueado. A la comunidad solo va una forma enmascarada, que por sí sola no significa nada: cuando todo el mundo ha respondido, solo se pueden calcular las medias.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send privately</source>
        <translation>Enviar en privado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my answers privately</source>
        <translation>Enviar mis respuestas en privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your answers here and send them masked</source>
        <translation>Guardar aquí tus respuestas y enviarlas enmascaradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without answering</source>
        <translation>Cerrar sin responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can answer later while the round is open</source>
        <translation>Puedes responder más tarde mientras la ronda siga abierta</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>0 is “{low}”, {top} is “{high}”</source>
        <translation>0 es «{low}», {top} es «{high}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <location filename="../../src/commons_desktop/shell/tray.py" line="+84"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Commons</source>
        <translation>&amp;Abrir Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Commons window</source>
        <translation>Mostrar la ventana de Commons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Commons</source>
        <translation>&amp;Salir de Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock and close Commons; no more reminders until you open it again</source>
        <translation>Bloquear y cerrar Commons; no habrá más recordatorios hasta que vuelvas a abrirlo</translation>
    </message>
</context>
<context>
    <name>AssetDetail</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_detail.py" line="+36"/>
        <source>Select an asset to see it in full.</source>
        <translation>Elige un recurso para verlo completo.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating</source>
        <translation>Tu valoración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well this asset serves the community, 1 to 5</source>
        <translation>Lo bien que este recurso sirve a la comunidad, de 1 a 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+61"/>
        <source>Rate it</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Save your rating; every member sees the average</source>
        <translation>Guardar tu valoración; todos los miembros ven la media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To rate, first add your name on the Community screen.</source>
        <translation>Para valorar, primero añade tu nombre en la pantalla Comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit asset</source>
        <translation>Editar recurso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this asset (its author or an admin)</source>
        <translation>Cambiar este recurso (quien lo creó o una persona administradora)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asset in full</source>
        <translation>Recurso completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected asset&apos;s details and its rating</source>
        <translation>Los detalles del recurso elegido y su valoración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>Lo cuida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>Apoyo que ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is used</source>
        <translation>Cómo se usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usefulness</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change my rating</source>
        <translation>Cambiar mi valoración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Area only</source>
        <translation>Solo la zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No point on the map</source>
        <translation>Sin punto en el mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around {point} (within about 1 km)</source>
        <translation>Cerca de {point} (a aproximadamente 1 km)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), average {stars} of 5</source>
        <translation>
            <numerusform>%n valoración, media de {stars} sobre 5</numerusform>
            <numerusform>%n valoraciones, media de {stars} sobre 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetFilters</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_filters.py" line="+25"/>
        <source>Search assets, areas, people…</source>
        <translation>Buscar recursos, zonas, personas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every asset again</source>
        <translation>Mostrar de nuevo todos los recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only assets with all these words</source>
        <translation>Mostrar solo los recursos con todas estas palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one kind of asset</source>
        <translation>Mostrar un tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one area</source>
        <translation>Mostrar los recursos de una zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after by</source>
        <translation>Lo cuida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the assets one person or group looks after</source>
        <translation>Mostrar los recursos que cuida una persona o un grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one category</source>
        <translation>Mostrar los recursos de una categoría</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every area</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by anyone</source>
        <translation>Lo cuide quien lo cuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
</context>
<context>
    <name>AssetForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/asset_form.py" line="+67"/>
        <source>Edit asset</source>
        <translation>Editar recurso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an asset</source>
        <translation>Añadir un recurso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nature, a person&apos;s skill, a building or equipment</source>
        <translation>Naturaleza, una habilidad de una persona, un edificio o un equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 52.2053</source>
        <translation>p. ej., 52.2053</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0.1218</source>
        <translation>p. ej., 0.1218</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area only: no point on any map</source>
        <translation>Solo la zona: ningún punto en ningún mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate location: rounded to about 1 km before it is saved</source>
        <translation>Ubicación aproximada: se redondea a aproximadamente 1 km antes de guardarla</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>Lo cuida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>Apoyo que ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is used</source>
        <translation>Cómo se usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the asset is called</source>
        <translation>Cómo se llama el recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of help it is, e.g. food, repairs, translation</source>
        <translation>Qué tipo de ayuda es, p. ej., comida, reparaciones, traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the neighbourhood it belongs to</source>
        <translation>La parte del vecindario a la que pertenece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owns or looks after it: a person, a group, the council</source>
        <translation>Quién lo tiene o lo cuida: una persona, un grupo, el ayuntamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is, in a few sentences</source>
        <translation>Qué es, en unas pocas frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it offers the community</source>
        <translation>Qué ofrece a la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How people use it today</source>
        <translation>Cómo lo usa la gente hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Degrees north (negative: south); leave empty for none</source>
        <translation>Grados norte (negativo: sur); déjalo vacío si no hay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east (negative: west); leave empty for none</source>
        <translation>Grados este (negativo: oeste); déjalo vacío si no hay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area only</source>
        <translation>Solo la zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the skill by its area, with no point at all</source>
        <translation>Mostrar la habilidad por su zona, sin ningún punto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approximate location</source>
        <translation>Ubicación aproximada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the skill near a point rounded to a 1 km square, never your home</source>
        <translation>Mostrar la habilidad cerca de un punto redondeado a un cuadrado de 1 km, nunca tu casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to correct</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the asset was not saved</source>
        <translation>Por qué no se guardó el recurso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the asset; every member sees it</source>
        <translation>Guardar el recurso; todos los miembros lo verán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>indica la latitud y la longitud, o ninguna de las dos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a number between -{limit} and {limit}</source>
        <translation>debe ser un número entre -{limit} y {limit}</translation>
    </message>
</context>
<context>
    <name>AssetsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/assets_model.py" line="+33"/>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and knowledge</source>
        <translation>Habilidades y conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built</source>
        <translation>Construido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>Industrial</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Asset</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>Lo cuida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usefulness</source>
        <translation>Utilidad</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/assets/assets_view.py" line="+50"/>
        <source>Which community&apos;s assets to show</source>
        <translation>De qué comunidad mostrar los recursos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an asset…</source>
        <translation>Añadir un recurso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an asset</source>
        <translation>Añadir un recurso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a place, a skill, a building or equipment</source>
        <translation>Añadir un lugar, una habilidad, un edificio o un equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the assets shown as a spreadsheet file</source>
        <translation>Guardar los recursos mostrados como archivo de hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export GeoJSON…</source>
        <translation>Exportar GeoJSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export GeoJSON</source>
        <translation>Exportar GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the assets shown as a GeoJSON file for map programs</source>
        <translation>Guardar los recursos mostrados como archivo GeoJSON para programas de mapas</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+18"/>
        <source>Assets</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The community&apos;s assets</source>
        <translation>Los recursos de la comunidad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What your community has: nature, people&apos;s skills and knowledge, buildings and equipment.</source>
        <translation>Lo que tiene tu comunidad: naturaleza, habilidades y conocimientos de la gente, edificios y equipos.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your rating is saved.</source>
        <translation>Tu valoración se ha guardado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community screens need the sync service, which is not running.</source>
        <translation>Las pantallas de la comunidad necesitan el servicio de sincronización, que no está en marcha.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Every member of the community will see it.</source>
        <translation>Guardado. Todos los miembros de la comunidad lo verán.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export assets as CSV</source>
        <translation>Exportar recursos como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export assets as GeoJSON</source>
        <translation>Exportar recursos como GeoJSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GeoJSON files (*.geojson)</source>
        <translation>Archivos GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save {file}: {reason}</source>
        <translation>No se pudo guardar {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n asset(s) to {file}.</source>
        <translation>
            <numerusform>Se guardó %n recurso en {file}.</numerusform>
            <numerusform>Se guardaron %n recursos en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No assets yet.</source>
        <translation>Aún no hay recursos.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n asset(s) in {community}</source>
        <translation>
            <numerusform>%n recurso en {community}</numerusform>
            <numerusform>%n recursos en {community}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of {total} in {community}</source>
        <translation>Se muestran {shown} de {total} en {community}</translation>
    </message>
</context>
<context>
    <name>BaseLayer</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/base_layer.py" line="+65"/>
        <source>This is neither a GeoJSON file nor an OpenStreetMap XML extract (.osm). Compressed extracts (.pbf, .bz2) must be unpacked to .osm first.</source>
        <translation>Esto no es ni un archivo GeoJSON ni un extracto XML de OpenStreetMap (.osm). Los extractos comprimidos (.pbf, .bz2) deben descomprimirse primero a .osm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no points, lines or shapes to draw.</source>
        <translation>El archivo no tiene puntos, líneas ni formas que dibujar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The GeoJSON file is not UTF-8 text.</source>
        <translation>El archivo GeoJSON no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: this is not valid JSON ({reason}).</source>
        <translation>Línea {line}: esto no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GeoJSON file holds a number too long to read.</source>
        <translation>El archivo GeoJSON contiene un número demasiado largo para leerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GeoJSON file is nested too deeply to be a map.</source>
        <translation>El archivo GeoJSON está anidado demasiado profundamente para ser un mapa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}: a FeatureCollection needs a list of features.</source>
        <translation>{place}: una FeatureCollection necesita una lista de elementos (features).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}: expected a GeoJSON object with a &quot;type&quot;.</source>
        <translation>{place}: se esperaba un objeto GeoJSON con un «type».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place}: a GeometryCollection needs a list of geometries.</source>
        <translation>{place}: una GeometryCollection necesita una lista de geometrías.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}: {kind} is not a GeoJSON geometry type.</source>
        <translation>{place}: {kind} no es un tipo de geometría GeoJSON.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{place}: expected a list of coordinates.</source>
        <translation>{place}: se esperaba una lista de coordenadas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{place}: a line needs at least one position.</source>
        <translation>{place}: una línea necesita al menos una posición.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: a position must be [longitude, latitude] in numbers.</source>
        <translation>{place}: una posición debe ser [longitud, latitud] en números.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{place}: latitude {value} is not between -90 and 90.</source>
        <translation>{place}: la latitud {value} no está entre -90 y 90.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: longitude {value} is not between -180 and 180.</source>
        <translation>{place}: la longitud {value} no está entre -180 y 180.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has more than {count} points: cut a smaller extract of your area.</source>
        <translation>El archivo tiene más de {count} puntos: recorta un extracto más pequeño de tu zona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is larger than {size} MB: cut a smaller extract of your area.</source>
        <translation>El archivo ocupa más de {size} MB: recorta un extracto más pequeño de tu zona.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an OpenStreetMap extract starts with &lt;osm&gt;, not &lt;{tag}&gt;.</source>
        <translation>un extracto de OpenStreetMap empieza con &lt;osm&gt;, no con &lt;{tag}&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file declares a document type; OpenStreetMap extracts have none, so it is refused.</source>
        <translation>el archivo declara un tipo de documento; los extractos de OpenStreetMap no tienen ninguno, así que se rechaza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file declares entities; OpenStreetMap extracts have none, so it is refused.</source>
        <translation>el archivo declara entidades; los extractos de OpenStreetMap no tienen ninguna, así que se rechaza.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line 1: the file is written in an encoding Commons cannot read.</source>
        <translation>Línea 1: el archivo está escrito en una codificación que Commons no puede leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line}: this is not well-formed XML ({reason}).</source>
        <translation>Línea {line}: esto no es XML bien formado ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line {line}: a node needs a lat and a lon in numbers.</source>
        <translation>Línea {line}: un nodo necesita lat y lon en números.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}</source>
        <translation>Línea {line}</translation>
    </message>
</context>
<context>
    <name>BuyStakesForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+238"/>
        <source>Buy stakes in {title}</source>
        <translation>Comprar participaciones en {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy stakes</source>
        <translation>Comprar participaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the stakes you buy, signed by this computer</source>
        <translation>Anotar las participaciones que compras, firmadas por este ordenador</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{price} a stake; repaid by {day}, with a {bonus} % bonus once the target is met. %n stake(s) left.</source>
        <translation>
            <numerusform>{price} por participación; se devuelve antes del {day}, con una bonificación del {bonus} % cuando se alcance la meta. Queda %n participación.</numerusform>
            <numerusform>{price} por participación; se devuelve antes del {day}, con una bonificación del {bonus} % cuando se alcance la meta. Quedan %n participaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stakes</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many stakes to buy</source>
        <translation>Cuántas participaciones comprar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay</source>
        <translation>Pagas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the stakes cost in all</source>
        <translation>Lo que cuestan las participaciones en total</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/camera_join.py" line="+89"/>
        <source>Scan the invite&apos;s QR code</source>
        <translation>Escanea el código QR de la invitación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which of this computer&apos;s cameras to use</source>
        <translation>Qué cámara de este ordenador usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the camera sees</source>
        <translation>Lo que ve la cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the invite&apos;s QR code up to the camera</source>
        <translation>Pon el código QR de la invitación delante de la cámara</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Stop the camera without joining</source>
        <translation>Apagar la cámara sin unirte</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CenteredPage</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/centered_page.py" line="+43"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_form.py" line="+57"/>
        <source>Mood, 1 to 10</source>
        <translation>Ánimo, de 1 a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How are you today? 1 is very low, 10 is very good. Arrow keys work.</source>
        <translation>¿Cómo estás hoy? 1 es muy bajo, 10 es muy bien. Puedes usar las flechas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Mood</source>
        <translation>Á&amp;nimo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day this check-in is for: change it to fill in a day you missed</source>
        <translation>El día de este registro: cámbialo para rellenar un día que te saltaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;y</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{q}”: 0 means not at all, 4 means very much. Optional.</source>
        <translation>«{q}»: 0 significa nada, 4 significa muchísimo. Opcional.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything you want to remember about today (optional)</source>
        <translation>Algo que quieras recordar de hoy (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note for this day. Only you can read it.</source>
        <translation>Una nota privada para este día. Solo tú puedes leerla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. work, family, walk</source>
        <translation>p. ej., trabajo, familia, paseo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find this day again later, separated by commas</source>
        <translation>Palabras para volver a encontrar este día más adelante, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this day&apos;s check-in (Ctrl+S). Saving again replaces it.</source>
        <translation>Guardar el registro de este día (Ctrl+S). Si lo guardas otra vez, lo sustituye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;today</source>
        <translation>Volver a &amp;hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing this earlier day and go back to today&apos;s check-in</source>
        <translation>Dejar de editar este día anterior y volver al registro de hoy</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking in for {day}</source>
        <translation>Registro del {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing {day}</source>
        <translation>Editando {day}</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_history_model.py" line="+54"/>
        <source>{day}   ·   mood {mood}/10</source>
        <translation>{day}   ·   ánimo {mood}/10</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/checkin_view.py" line="+55"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which check-ins the chart and the list show</source>
        <translation>Qué registros muestran el gráfico y la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only check-ins with this tag</source>
        <translation>Mostrar solo los registros con esta etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Earlier check-ins</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a day to see or change its check-in; Delete removes it</source>
        <translation>Elige un día para ver o cambiar su registro; Supr lo elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete check-in</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen day&apos;s check-in (Delete); you can undo it</source>
        <translation>Eliminar el registro del día elegido (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute a day: how you are, in your own words. One check-in per day.</source>
        <translation>Un minuto al día: cómo estás, con tus propias palabras. Un registro por día.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Check-in for {day} deleted.</source>
        <translation>Registro del {day} eliminado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ChoiceTable</name>
    <message>
        <location filename="../../src/commons_desktop/features/reports/choice_table.py" line="+37"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué incluye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the files</source>
        <translation>En los archivos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What goes into the files</source>
        <translation>Qué va en los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each part of the report: public and itemised, only as a total, or left out</source>
        <translation>Para cada parte del informe: público y al detalle, solo como total, o fuera del informe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public and itemised, only as a total, or left out of the files</source>
        <translation>Público y al detalle, solo como total, o fuera de los archivos</translation>
    </message>
</context>
<context>
    <name>CircleForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circle_form.py" line="+35"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New lending circle</source>
        <translation>Nuevo círculo de préstamo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>What the circle is called</source>
        <translation>Cómo se llama el círculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Each pays in</source>
        <translation>Cada persona aporta</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>How much each member pays in every round</source>
        <translation>Cuánto aporta cada miembro en cada ronda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>A three-letter currency code, such as EUR or GBP</source>
        <translation>Un código de moneda de tres letras, como EUR o GBP</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>How often a round comes round</source>
        <translation>Cada cuánto tiempo toca una ronda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>First round</source>
        <translation>Primera ronda</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The date of the first round</source>
        <translation>La fecha de la primera ronda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who is in the circle; the order is the payout order</source>
        <translation>Marca quién está en el círculo; el orden es el orden de reparto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected person earlier in the payout order</source>
        <translation>Adelantar a la persona elegida en el orden de reparto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected person later in the payout order</source>
        <translation>Atrasar a la persona elegida en el orden de reparto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the order listed (agreed together)</source>
        <translation>En el orden de la lista (acordado entre todos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed order</source>
        <translation>Orden acordado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first ticked person receives the first round</source>
        <translation>La primera persona marcada recibe en la primera ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Drawn by lot</source>
        <translation>Por sorteo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is drawn at random when the circle is made</source>
        <translation>El orden se sortea al crear el círculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone you tick is asked to join; nobody is in a circle without agreeing. It starts once they all have. Each round, the others pay its recipient, who confirms each payment.</source>
        <translation>A cada persona que marques se le pide que se una; nadie está en un círculo sin aceptarlo. Empieza cuando todas se hayan unido. En cada ronda, las demás pagan a quien recibe, que confirma cada pago.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is missing before the circle can be made</source>
        <translation>Lo que falta para poder crear el círculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Make circle</source>
        <translation>Crear círculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the circle for everyone in the community to see</source>
        <translation>Crear el círculo para que toda la comunidad lo vea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without making a circle</source>
        <translation>Cerrar sin crear ningún círculo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Members, in the payout order</source>
        <translation>Miembros, en el orden de reparto</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the circle a name.</source>
        <translation>Ponle un nombre al círculo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least two members.</source>
        <translation>Marca al menos dos miembros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The currency is a three-letter code, such as EUR or GBP.</source>
        <translation>La moneda es un código de tres letras, como EUR o GBP.</translation>
    </message>
</context>
<context>
    <name>CircleWords</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circle_words.py" line="+29"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for your payment</source>
        <translation>Esperando tu pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1&apos;s payment</source>
        <translation>Esperando el pago de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for payments from %1</source>
        <translation>Esperando los pagos de: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received, confirmed by you</source>
        <translation>Recibido, confirmado por ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, confirmed by %1</source>
        <translation>Recibido, confirmado por %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Due on %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Waiting for everyone to join</source>
        <translation>Esperando a que se unan todos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for you to confirm</source>
        <translation>Esperando a que lo confirmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1 to confirm</source>
        <translation>Esperando a que %1 lo confirme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>round %1, for you</source>
        <translation>ronda %1, para ti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1, for %2</source>
        <translation>ronda %1, para %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for %1 to confirm the payment from %2</source>
        <translation>Esperando a que %1 confirme el pago de: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for %1 to join. The circle starts once everyone has.</source>
        <translation>Falta por unirse: %1. El círculo empieza cuando se hayan unido todos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: every member received %1.</source>
        <translation>Completado: cada miembro recibió %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: round %1 on %2, you receive %4.</source>
        <translation>Próxima: ronda %1 el %2; recibes %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: round %1 on %2, %3 receives %4.</source>
        <translation>Próxima: ronda %1 el %2; %3 recibe %4.</translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/circles_view.py" line="+52"/>
        <source>Which community&apos;s lending circles to show</source>
        <translation>De qué comunidad mostrar los círculos de préstamo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New circle…</source>
        <translation>Nuevo círculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circle</source>
        <translation>Nuevo círculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a lending circle with neighbours</source>
        <translation>Empezar un círculo de préstamo con el vecindario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The community&apos;s lending circles</source>
        <translation>Los círculos de préstamo de la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in</source>
        <translation>Han aportado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Lending circles</source>
        <translation>Círculos de préstamo</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Counting the circles…</source>
        <translation>Contando los círculos…</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Who receives next and when, or who has yet to join</source>
        <translation>Quién recibe en la próxima ronda y cuándo, o quién falta por unirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What joining this circle means for you</source>
        <translation>Lo que supone para ti unirte a este círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Join this circle</source>
        <translation>Unirse a este círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to pay in every round; nobody is in a circle without agreeing</source>
        <translation>Aceptar pagar en cada ronda; nadie está en un círculo sin aceptarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds whose date has come that are not complete</source>
        <translation>Rondas cuya fecha ya llegó y que no están completas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+216"/>
        <source>Record my payment</source>
        <translation>Anotar mi pago</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Record that you paid the recipient of the earliest round you have not paid yet</source>
        <translation>Anotar que pagaste a quien recibe en la ronda más antigua que aún no has pagado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receives</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it stands</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every round: its date, who receives, who paid in, where it stands</source>
        <translation>Cada ronda: su fecha, quién recibe, quién ha aportado y cómo va</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save together: each round everyone pays the same amount to one member, who confirms it; in turn each member receives once.</source>
        <translation>Ahorrar en común: en cada ronda todas las personas pagan la misma cantidad a un miembro, que la confirma; por turnos, cada miembro recibe una vez.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No lending circles yet. Start one with New circle…</source>
        <translation>Todavía no hay círculos de préstamo. Empieza uno con Nuevo círculo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to join</source>
        <translation>Esperando a que te unas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment to confirm</source>
        <translation>Un pago por confirmar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>You are listed: you would pay %1 every %2 days and receive %3 in round %4 (%5).</source>
        <translation>Estás en la lista: pagarías %1 cada %2 días y recibirías %3 en la ronda %4 (%5).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record my payment to %1 (round %2)</source>
        <translation>Anotar mi pago a %1 (ronda %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Circle made. Everyone listed is asked to join.</source>
        <translation>Círculo creado. Se pide a cada persona de la lista que se una.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You joined “%1”.</source>
        <translation>Te uniste a «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your payment for round %1 is recorded. %2 confirms it when it reaches them.</source>
        <translation>Tu pago de la ronda %1 está anotado. %2 lo confirma cuando le llegue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirmed. Thank you.</source>
        <translation>Confirmado. Gracias.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your card shows your completed circles.</source>
        <translation>Tu ficha muestra tus círculos completados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card does not show them.</source>
        <translation>Tu ficha no los muestra.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/community_picker.py" line="+27"/>
        <source>Community screens need the sync service, which is not running.</source>
        <translation>Las pantallas de la comunidad necesitan el servicio de sincronización, que no está en marcha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not part of a community on this computer yet.</source>
        <translation>Todavía no formas parte de ninguna comunidad en este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the community…</source>
        <translation>Cargando la comunidad…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (Demo town — not shared with anyone)</source>
        <translation>{name} (Pueblo de demostración — no se comparte con nadie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (you were removed)</source>
        <translation>{name} (te han quitado)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(arriving…)</source>
        <translation>(llegando…)</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/community_view.py" line="+53"/>
        <source>Which of your communities to show</source>
        <translation>Cuál de tus comunidades mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Your community, or starting and joining one</source>
        <translation>Tu comunidad, o crear una o unirte a una</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>This community</source>
        <translation>Esta comunidad</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Start or join</source>
        <translation>Crear o unirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>Desplazar pestañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>Mostrar más pestañas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync on this network</source>
        <translation>Sincronizar en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with neighbours on this network, now and whenever this computer is on it again</source>
        <translation>Sincronizar con el vecindario en esta red, ahora y cada vez que este ordenador vuelva a estar en ella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Others on this network can then see that a Commons device is here, and a short tag for each of your communities — never a name or anything in it. On any other network it stays off.</source>
        <translation>Así, otras personas en esta red pueden ver que aquí hay un dispositivo de Commons y una etiqueta corta por cada una de tus comunidades — nunca un nombre ni nada de lo que contienen. En cualquier otra red sigue desactivado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The neighbours you share a community with, and inviting new ones.</source>
        <translation>Las personas del vecindario con quienes compartes una comunidad, e invitar a otras nuevas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your name here</source>
        <translation>Tu nombre aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the others in this community see you</source>
        <translation>Cómo te ven las demás personas de esta comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this name to the others in the community</source>
        <translation>Mostrar este nombre a las demás personas de la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite someone…</source>
        <translation>Invitar a alguien…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a one-time invite for a neighbour</source>
        <translation>Crear una invitación de un solo uso para alguien del vecindario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name here:</source>
        <translation>Tu nombre aquí:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Sync on this network: no network found</source>
        <translation>Sincronizar en esta red: no se encontró ninguna red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with neighbours on this network ({network})</source>
        <translation>Sincronizar con el vecindario en esta red ({network})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Communities need the sync service, which is not running.</source>
        <translation>Las comunidades necesitan el servicio de sincronización, que no está en marcha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not part of a community yet: start one, or join with an invite.</source>
        <translation>Todavía no formas parte de ninguna comunidad: crea una o únete con una invitación.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your copy was deleted from this computer.</source>
        <translation>Tu copia se borró de este ordenador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the name the others should see.</source>
        <translation>Escribe el nombre que deben ver las demás personas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name will be saved as soon as this community&apos;s records arrive from a neighbour.</source>
        <translation>Tu nombre se guardará en cuanto lleguen los datos de esta comunidad desde alguien del vecindario.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name saved.</source>
        <translation>Nombre guardado.</translation>
    </message>
</context>
<context>
    <name>ConfirmForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+109"/>
        <source>Confirm the target of {title}</source>
        <translation>Confirmar la meta de {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign that the target is met</source>
        <translation>Firmar que se ha alcanzado la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signed confirmation; the bonus is paid once enough verifiers have signed</source>
        <translation>Tu confirmación firmada; la bonificación se paga cuando hayan firmado suficientes personas verificadoras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target is {target} {unit} ({metric}). Sign only what you have seen.</source>
        <translation>La meta es {target} {unit} ({metric}). Firma solo lo que hayas visto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many {unit} you confirm</source>
        <translation>Cuántas {unit} confirmas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you saw, e.g. the meal log for March</source>
        <translation>Lo que viste, p. ej., el registro de comidas de marzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: say what you saw that shows the target is met.</source>
        <translation>Nota: di qué viste que muestra que se ha alcanzado la meta.</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/confirm_panel.py" line="+40"/>
        <source>Confirm you received %1 from %2 (round %3).</source>
        <translation>Confirma que recibiste %1 de %2 (ronda %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment to confirm</source>
        <translation>Pago por confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm received</source>
        <translation>Confirmar recibido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm received from %1</source>
        <translation>Confirmar lo recibido de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign that this payment reached you; the round is complete once every payment is confirmed</source>
        <translation>Firmar que este pago te llegó; la ronda se completa cuando se confirman todos los pagos</translation>
    </message>
</context>
<context>
    <name>ContributionFilters</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_filters.py" line="+65"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every kind, or only one</source>
        <translation>Mostrar todos los tipos, o solo uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>Fechas a elegir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed and recorded by me</source>
        <translation>firmadas y anotadas por mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed only</source>
        <translation>solo firmadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by me only</source>
        <translation>solo anotadas por mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden signed lines</source>
        <translation>líneas firmadas ocultas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed or recorded by me</source>
        <translation>Firmadas o anotadas por mí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed lines come from a community&apos;s ledger by themselves; the others you recorded</source>
        <translation>Las líneas firmadas llegan solas de las cuentas de una comunidad; las demás las anotaste tú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which days the list and totals cover</source>
        <translation>Qué días cubren la lista y los totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day of the custom period</source>
        <translation>Primer día del periodo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of the custom period</source>
        <translation>Último día del periodo elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_form.py" line="+60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you gave: time, money, a stake, …</source>
        <translation>Lo que diste: tiempo, dinero, una participación, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three-letter currency code, e.g. EUR or GBP</source>
        <translation>Código de moneda de tres letras, p. ej., EUR o GBP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a person, group or project (optional)</source>
        <translation>una persona, un grupo o un proyecto (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who with</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who you gave it to or with (optional)</source>
        <translation>A quién se lo diste o con quién (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it was for (optional)</source>
        <translation>para qué era (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A private note; only you can read it</source>
        <translation>Una nota privada; solo tú puedes leerla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day you gave it; today unless you change it</source>
        <translation>El día en que lo diste; hoy, a menos que lo cambies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>Ca&amp;ntidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who with</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop changing this contribution (Esc)</source>
        <translation>Dejar de cambiar esta aportación (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Add a contribution</source>
        <translation>Añadir una aportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contribution</source>
        <translation>Añadir aportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this contribution (Enter)</source>
        <translation>Añadir esta aportación (Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the contribution of {day}</source>
        <translation>Cambiar la aportación del {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this contribution (Enter)</source>
        <translation>Guardar los cambios de esta aportación (Intro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours:minutes, e.g. 1:30</source>
        <translation>horas:minutos, p. ej., 1:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long: hours and minutes such as 1:30, or 45 min</source>
        <translation>Cuánto tiempo: horas y minutos como 1:30, o 45 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12.50</source>
        <translation>p. ej., 12,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much, with up to two decimals, such as 12.50</source>
        <translation>Cuánto, con hasta dos decimales, como 12,50</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_model.py" line="+216"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who with</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded by you</source>
        <translation>Anotada por ti</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_view.py" line="+95"/>
        <location line="+297"/>
        <source>Contributions</source>
        <translation>Aportaciones</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>A record of what you gave: time, money, stakes, circle payments and time credits.</source>
        <translation>Un registro de lo que diste: tiempo, dinero, participaciones, pagos del círculo y créditos de tiempo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A signed line from a community&apos;s ledger cannot be changed; you can hide it.</source>
        <translation>Una línea firmada de las cuentas de una comunidad no se puede cambiar; puedes ocultarla.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{amount} on {day} deleted.</source>
        <translation>{amount} del {day} eliminado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{amount} on {day} hidden.</source>
        <translation>{amount} del {day} ocultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} on {day} shown again.</source>
        <translation>{amount} del {day} se muestra de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export contributions as CSV — the file is not encrypted</source>
        <translation>Exportar aportaciones como CSV — el archivo no está cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who with</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contribution(s) saved to {file}.</source>
        <translation>
            <numerusform>%n aportación guardada en {file}.</numerusform>
            <numerusform>%n aportaciones guardadas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a PDF statement — the file is not encrypted</source>
        <translation>Guardar un extracto en PDF — el archivo no está cifrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Statement saved to {file}.</source>
        <translation>Extracto guardado en {file}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. It is outside the kind or period shown, so it is not in the list.</source>
        <translation>Guardado. Queda fuera del tipo o del periodo que se muestra, así que no está en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not write {file} ({reason}). Choose another folder and try again.</source>
        <translation>No se pudo escribir {file} ({reason}). Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Totals for {period}</source>
        <translation>Totales de {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded for this period yet.</source>
        <translation>Todavía no hay nada anotado en este periodo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how again</source>
        <translation>&amp;Volver a mostrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Newest first. Enter or double-click changes one you recorded; Delete removes it. Signed lines from a community&apos;s ledger can only be hidden</source>
        <translation>Lo más reciente primero. Intro o doble clic cambia una que anotaste tú; Supr la elimina. Las líneas firmadas de las cuentas de una comunidad solo se pueden ocultar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded for this kind and period.</source>
        <translation>No hay nada anotado de este tipo en este periodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contribution</source>
        <translation>Editar aportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen contribution (Enter)</source>
        <translation>Cambiar la aportación elegida (Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contribution</source>
        <translation>Eliminar aportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen contribution (Delete); you can undo it</source>
        <translation>Eliminar la aportación elegida (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide or show signed line</source>
        <translation>Ocultar o mostrar una línea firmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the chosen signed line from the list, the totals and the statement, or show it again</source>
        <translation>Ocultar la línea firmada elegida de la lista, los totales y el extracto, o volver a mostrarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contributions shown as a spreadsheet file. The file is not encrypted.</source>
        <translation>Guardar las aportaciones mostradas como archivo de hoja de cálculo. El archivo no está cifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement (&amp;PDF)…</source>
        <translation>Extracto (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement as PDF</source>
        <translation>Extracto en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a printable statement of this period with totals. The file is not encrypted.</source>
        <translation>Guardar un extracto imprimible de este periodo con los totales. El archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/commons_desktop/shell/controller.py" line="+219"/>
        <source>Starting a guest session…</source>
        <translation>Iniciando una sesión de invitado…</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase de contraseña cambiada. Usa la nueva a partir de ahora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The profile was deleted from this computer.</source>
        <translation>El perfil se borró de este ordenador.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The guest session has ended and its data was wiped.</source>
        <translation>La sesión de invitado ha terminado y sus datos se han borrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked. Your data is encrypted on disk.</source>
        <translation>Bloqueado. Tus datos están cifrados en el disco.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End guest session</source>
        <translation>Terminar la sesión de invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the guest session? Everything in it is wiped and cannot be brought back.</source>
        <translation>¿Terminar la sesión de invitado? Todo lo que contiene se borra y no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
</context>
<context>
    <name>CreditsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/credits/credits_view.py" line="+42"/>
        <source>Which community&apos;s time credits to show</source>
        <translation>De qué comunidad mostrar los créditos de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your time credits</source>
        <translation>Tus créditos de tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your balance and how much you can still give</source>
        <translation>Tu saldo y cuánto puedes dar todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Whether you are close to your limit</source>
        <translation>Si estás cerca de tu límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give time credits…</source>
        <translation>Dar créditos de tiempo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give time credits</source>
        <translation>Dar créditos de tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank someone for their time</source>
        <translation>Agradecer a alguien su tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>What for</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers that count once their receiver confirms them</source>
        <translation>Transferencias que cuentan cuando quien las recibe las confirma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm the time credits you received</source>
        <translation>Confirmar los créditos de tiempo que recibiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can give</source>
        <translation>Puede dar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone&apos;s time credits, in minutes</source>
        <translation>Los créditos de tiempo de todo el mundo, en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set limit…</source>
        <translation>Fijar límite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+251"/>
        <source>Set limit</source>
        <translation>Fijar límite</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>How far below zero the selected member may go (admins)</source>
        <translation>Cuánto puede bajar de cero el miembro elegido (personas administradoras)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+6"/>
        <location line="+137"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Every confirmed transfer, newest first; signed, never rewritten</source>
        <translation>Cada transferencia confirmada, la más reciente primero; firmadas, nunca reescritas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting to be confirmed</source>
        <translation>Pendientes de confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s balance</source>
        <translation>El saldo de todo el mundo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time credits</source>
        <translation>Créditos de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An hour of anyone&apos;s time is worth the same. Give credits to thank someone; they count once they confirm.</source>
        <translation>Una hora del tiempo de cualquiera vale lo mismo. Da créditos para agradecer a alguien; cuentan cuando lo confirma.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Counting the time credits…</source>
        <translation>Contando los créditos de tiempo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>History: the newest {shown} of {total}</source>
        <translation>Historial: los {shown} más recientes de {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add your name to this community to give and receive time credits.</source>
        <translation>Añade tu nombre a esta comunidad para dar y recibir créditos de tiempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Your balance: %n minute(s).</source>
        <translation>
            <numerusform>Tu saldo: %n minuto.</numerusform>
            <numerusform>Tu saldo: %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your balance: %n minute(s) below zero.</source>
        <translation>
            <numerusform>Tu saldo: %n minuto bajo cero.</numerusform>
            <numerusform>Tu saldo: %n minutos bajo cero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You can give up to %n minute(s).</source>
        <translation>
            <numerusform>Puedes dar hasta %n minuto.</numerusform>
            <numerusform>Puedes dar hasta %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have reached your limit: you can give again once someone gives you their time.</source>
        <translation>Has llegado a tu límite: podrás volver a dar cuando alguien te dé su tiempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are close to your limit of %n minute(s) below zero.</source>
        <translation>
            <numerusform>Estás cerca de tu límite de %n minuto bajo cero.</numerusform>
            <numerusform>Estás cerca de tu límite de %n minutos bajo cero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for you to confirm</source>
        <translation>Esperando a que lo confirmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1 to confirm</source>
        <translation>Esperando a que %1 lo confirme</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent: it counts once they confirm.</source>
        <translation>Enviado: cuenta cuando lo confirmen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirmed: thank you.</source>
        <translation>Confirmado: gracias.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many minutes below zero may %1 go?</source>
        <translation>¿Cuántos minutos puede bajar de cero %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limit set.</source>
        <translation>Límite fijado.</translation>
    </message>
</context>
<context>
    <name>DemoCard</name>
    <message>
        <location filename="../../src/commons_desktop/features/home/demo_card.py" line="+24"/>
        <location line="+46"/>
        <source>Explore a &amp;demo town</source>
        <translation>Explorar un pueblo de &amp;demostración</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Explore a demo town</source>
        <translation>Explorar un pueblo de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Millbrook, a made-up community kept on this computer and not shared with anyone</source>
        <translation>Abrir Millbrook, una comunidad inventada que se guarda en este ordenador y no se comparte con nadie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the demo town…</source>
        <translation>Quitar el pueblo de demostración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>Remove the demo town</source>
        <translation>Quitar el pueblo de demostración</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>Delete the demo town from this computer</source>
        <translation>Borrar el pueblo de demostración de este ordenador</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Demo town</source>
        <translation>Pueblo de demostración</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Millbrook is a made-up town: its people, assets, events and shared purse show what a neighbourhood does with Commons. It stays on this computer and is not shared with anyone.</source>
        <translation>Millbrook es un pueblo inventado: su gente, sus recursos, sus eventos y su fondo común muestran lo que hace un vecindario con Commons. Se queda en este ordenador y no se comparte con nadie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;demo town</source>
        <translation>Abrir el pueblo de &amp;demostración</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove the demo town?</source>
        <translation>¿Quitar el pueblo de demostración?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is deleted from this computer. It was never shared with anyone; you can explore a new one.</source>
        <translation>Se borra de este ordenador. Nunca se compartió con nadie; puedes explorar uno nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo town was removed.</source>
        <translation>Se quitó el pueblo de demostración.</translation>
    </message>
</context>
<context>
    <name>DepositForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+125"/>
        <source>Deposit into the purse</source>
        <translation>Ingresar en el fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the deposit, signed by this computer, for every neighbour to see</source>
        <translation>Anotar el ingreso, firmado por este ordenador, para que lo vea todo el vecindario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much you pay into the purse</source>
        <translation>Cuánto ingresas en el fondo común</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Optional: what the money is from, e.g. the summer fair</source>
        <translation>Opcional: de dónde sale el dinero, p. ej., la fiesta de verano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount: enter more than 0.</source>
        <translation>Cantidad: pon más de 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>Moneda: tres letras mayúsculas, p. ej., EUR o GBP.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/event_form.py" line="+67"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an event</source>
        <translation>Añadir un evento</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+84"/>
        <location line="+119"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>What the event is called</source>
        <translation>Cómo se llama el evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <location line="+119"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>When it starts, in the event&apos;s time zone</source>
        <translation>Cuándo empieza, en la zona horaria del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <location line="+119"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>When it ends, in the event&apos;s time zone</source>
        <translation>Cuándo termina, en la zona horaria del evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <location line="+119"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>The place&apos;s time zone, e.g. Europe/London</source>
        <translation>La zona horaria del lugar, p. ej., Europe/Madrid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <location line="+119"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Where it happens</source>
        <translation>Dónde ocurre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <location line="+119"/>
        <source>Organiser</source>
        <translation>Organiza</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Who organises it (a name, shown to everyone)</source>
        <translation>Quién lo organiza (un nombre, que ve todo el mundo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+119"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>What to know or bring</source>
        <translation>Qué hay que saber o llevar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+119"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>How often the event happens</source>
        <translation>Con qué frecuencia ocurre el evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Every how many days, weeks or months</source>
        <translation>Cada cuántos días, semanas o meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>Tras un número de veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until a date</source>
        <translation>Hasta una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat ends</source>
        <translation>Fin de la repetición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the repeating stops</source>
        <translation>Cuándo deja de repetirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+175"/>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>How many times it happens in all</source>
        <translation>Cuántas veces ocurre en total</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>The last day an occurrence may start</source>
        <translation>El último día en que puede empezar una sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>Occurrences</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Untick an occurrence to cancel it; select one and move it to another time</source>
        <translation>Desmarca una sesión para cancelarla; elige una y muévela a otra hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new start of the selected occurrence</source>
        <translation>El nuevo inicio de la sesión elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold the selected occurrence at the new time</source>
        <translation>Hacer la sesión elegida a la nueva hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Back to its usual time</source>
        <translation>Volver a su hora de siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the move of the selected occurrence</source>
        <translation>Deshacer el cambio de hora de la sesión elegida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the event, or leave it as it was</source>
        <translation>Guardar el evento, o dejarlo como estaba</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The event</source>
        <translation>El evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {problem}. Nothing was saved.</source>
        <translation>{field}: {problem}. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{usual} → moved to {when}</source>
        <translation>{usual} → movida a {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} (cancelled)</source>
        <translation>{when} (cancelada)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select the occurrence to move first.</source>
        <translation>Primero elige la sesión que quieres mover.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/events_view.py" line="+53"/>
        <source>Which community&apos;s events to show</source>
        <translation>De qué comunidad mostrar los eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The community&apos;s events, the next one first</source>
        <translation>Los eventos de la comunidad, el próximo primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the events as a list or as a week</source>
        <translation>Ver los eventos como lista o por semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>Desplazar pestañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>Mostrar más pestañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Añadir evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an event to this community</source>
        <translation>Añadir un evento a esta comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected event (its organiser or an admin)</source>
        <translation>Cambiar el evento elegido (quien lo organiza o una persona administradora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event…</source>
        <translation>Exportar evento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export event</source>
        <translation>Exportar evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected event as an .ics file for your calendar</source>
        <translation>Guardar el evento elegido como archivo .ics para tu calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all…</source>
        <translation>Exportar todos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all</source>
        <translation>Exportar todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save every event as one .ics file</source>
        <translation>Guardar todos los eventos en un solo archivo .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the events of an .ics file to this community</source>
        <translation>Añadir a esta comunidad los eventos de un archivo .ics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What is on in your community. Export events to your own calendar, or import them from one.</source>
        <translation>Lo que hay en tu comunidad. Exporta eventos a tu propio calendario o impórtalos desde uno.</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over (last: {when})</source>
        <translation>Terminado (último: {when})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{when} ({time} in {zone})</source>
        <translation>{when} ({time} en {zone})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Cada semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n months</source>
        <translation>
            <numerusform>Cada mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}, with changes</source>
        <translation>{rule}, con cambios</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The linked event&apos;s community is not on this computer (yet).</source>
        <translation>La comunidad del evento enlazado no está (todavía) en este ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the linked event.</source>
        <translation>Se muestra el evento enlazado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked event is not in this community (yet).</source>
        <translation>El evento enlazado no está (todavía) en esta comunidad.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Event added.</source>
        <translation>Evento añadido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event saved.</source>
        <translation>Evento guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n evento en {path}.</numerusform>
            <numerusform>Se guardaron %n eventos en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported: the file is larger than 2 MB.</source>
        <translation>No se importó: el archivo ocupa más de 2 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported: {reason}.</source>
        <translation>No se importó: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n event(s).</source>
        <translation>
            <numerusform>Se importó %n evento.</numerusform>
            <numerusform>Se importaron %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/export_dialog.py" line="+46"/>
        <source>Back up or move this profile</source>
        <translation>Hacer una copia o trasladar este perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commons writes your whole profile to one file, encrypted with the passphrase you type here (it may be this profile&apos;s own). Keep the file as a backup, or open it on your own device with “Import a profile…”. Anyone who has the file and its passphrase can read everything in it, and nobody can open it without the passphrase.</source>
        <translation>Commons escribe todo tu perfil en un solo archivo, cifrado con la frase de contraseña que escribas aquí (puede ser la de este perfil). Guarda el archivo como copia de seguridad, o ábrelo en tu propio dispositivo con «Importar un perfil…». Quien tenga el archivo y su frase de contraseña puede leer todo lo que contiene, y nadie puede abrirlo sin la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the encrypted file is saved</source>
        <translation>Dónde se guarda el archivo cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the folder and name of the file</source>
        <translation>Elegir la carpeta y el nombre del archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase for the file</source>
        <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to open the file. A few unrelated words work well; your profile&apos;s own is fine.</source>
        <translation>Hace falta para abrir el archivo. Unas cuantas palabras sin relación entre sí funcionan bien; la de tu perfil también sirve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat passphrase for the file</source>
        <translation>Repite la frase de contraseña del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the file&apos;s passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña del archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is encrypting and writing the file</source>
        <translation>Commons está cifrando y escribiendo el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the encrypted file. Enabled once the passphrase is strong and repeated.</source>
        <translation>Escribir el archivo cifrado. Se activa cuando la frase de contraseña es sólida y está repetida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the encrypted profile</source>
        <translation>Guardar el perfil cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons profiles (*{suffix})</source>
        <translation>Perfiles de Commons (*{suffix})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encrypting and writing the file; this takes a few seconds…</source>
        <translation>Cifrando y escribiendo el archivo; tarda unos segundos…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved to {path}. To open it on another device, choose “Import a profile…” there and type the file&apos;s passphrase. Keep the file as safe as a key.</source>
        <translation>Guardado en {path}. Para abrirlo en otro dispositivo, elige allí «Importar un perfil…» y escribe la frase de contraseña del archivo. Guarda el archivo con el mismo cuidado que una llave.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {path}. Choose another folder and try again.</source>
        <translation>No se pudo escribir {path}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>GapProjectForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/project_form.py" line="+53"/>
        <source>Start a project for this gap</source>
        <translation>Crear un proyecto para esta carencia</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Linked to %n need(s) in {category}, {area}:</source>
        <translation>
            <numerusform>Vinculado a %n necesidad en {category}, {area}:</numerusform>
            <numerusform>Vinculado a %n necesidades en {category}, {area}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{category} in {area}</source>
        <translation>{category} en {area}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The project&apos;s name</source>
        <translation>El nombre del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meet what neighbours in {area} need: {needs}</source>
        <translation>Cubrir lo que necesita el vecindario en {area}: {needs}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What the project will do</source>
        <translation>Lo que hará el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs met</source>
        <translation>necesidades cubiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The social benefit it counts, e.g. meals served</source>
        <translation>El beneficio social que cuenta, p. ej., comidas servidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>What one of the measure is, e.g. meals</source>
        <translation>Qué es una unidad de la medida, p. ej., comidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many, in the unit, when it has done its work</source>
        <translation>Cuántas, en la unidad, cuando haya hecho su trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Stake price</source>
        <translation>Precio de la participación</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What one stake costs</source>
        <translation>Lo que cuesta una participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>Tres letras mayúsculas, p. ej., EUR o GBP</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Stakes offered</source>
        <translation>Participaciones ofrecidas</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How many stakes neighbours can buy</source>
        <translation>Cuántas participaciones puede comprar el vecindario</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Paid on top of each stake when the target is met</source>
        <translation>Se paga además de cada participación cuando se alcanza la meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Repay by</source>
        <translation>Devolver antes del</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>When stakeholders are repaid</source>
        <translation>Cuándo se devuelve el dinero a quienes participan</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Propose the project</source>
        <translation>Proponer el proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the proposal, linked to these needs</source>
        <translation>Compartir la propuesta, vinculada a estas necesidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title: name the project in up to 200 characters.</source>
        <translation>Título: pon nombre al proyecto en hasta 200 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: say what the project will do.</source>
        <translation>Objetivo: di lo que hará el proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: say what it counts, e.g. meals served.</source>
        <translation>Medida: di lo que cuenta, p. ej., comidas servidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: say what one of the measure is, e.g. meals.</source>
        <translation>Unidad: di qué es una unidad de la medida, p. ej., comidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake price: a stake costs something; enter more than 0.</source>
        <translation>Precio de la participación: una participación cuesta algo; pon más de 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>Moneda: tres letras mayúsculas, p. ej., EUR o GBP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakes offered: offer at least one stake.</source>
        <translation>Participaciones ofrecidas: ofrece al menos una participación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repay by: choose a day after today.</source>
        <translation>Devolver antes del: elige un día posterior a hoy.</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/gaps_panel.py" line="+48"/>
        <source>Gaps: needs nobody meets</source>
        <translation>Carencias: necesidades que nadie cubre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Needs nobody meets</source>
        <translation>Necesidades que nadie cubre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most urgent</source>
        <translation>La más urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open needs with no open offer and no asset of their category in their area</source>
        <translation>Necesidades abiertas sin ninguna oferta abierta ni ningún recurso de su categoría en su zona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlaps: support offered several times over</source>
        <translation>Coincidencias: apoyo ofrecido varias veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open needs</source>
        <translation>Necesidades abiertas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open offers</source>
        <translation>Ofertas abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places where two or more open offers answer the same need</source>
        <translation>Sitios donde dos o más ofertas abiertas responden a la misma necesidad</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n need(s) nobody meets</source>
        <translation>
            <numerusform>%n necesidad que nadie cubre</numerusform>
            <numerusform>%n necesidades que nadie cubre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) with a gap</source>
        <translation>
            <numerusform>%n sitio con una carencia</numerusform>
            <numerusform>%n sitios con una carencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) offered several times over</source>
        <translation>
            <numerusform>%n sitio con ofertas repetidas</numerusform>
            <numerusform>%n sitios con ofertas repetidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/credits/give_form.py" line="+30"/>
        <source>Give time credits</source>
        <translation>Dar créditos de tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Who gave you their time</source>
        <translation>Quién te dio su tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How much time they gave, in minutes</source>
        <translation>Cuánto tiempo te dio, en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: fixed my bike</source>
        <translation>Por ejemplo: me arregló la bici</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>What for</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A few words on what they did (everyone in the community sees it)</source>
        <translation>Unas palabras sobre lo que hizo (lo ve toda la comunidad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How close this takes you to your limit</source>
        <translation>Cuánto te acerca esto a tu límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Give</source>
        <translation>Dar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the time credits; they count once the receiver confirms</source>
        <translation>Enviar los créditos de tiempo; cuentan cuando quien los recibe lo confirma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without giving anything</source>
        <translation>Cerrar sin dar nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have reached your limit: you can give again once someone gives you their time.</source>
        <translation>Has llegado a tu límite: podrás volver a dar cuando alguien te dé su tiempo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>After this you can give %n more minute(s) until someone gives you their time.</source>
        <translation>
            <numerusform>Después de esto puedes dar %n minuto más hasta que alguien te dé su tiempo.</numerusform>
            <numerusform>Después de esto puedes dar %n minutos más hasta que alguien te dé su tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receiver confirms, and then it counts.</source>
        <translation>Quien lo recibe lo confirma, y entonces cuenta.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goal_form.py" line="+46"/>
        <source>e.g. Walk to the park three times a week</source>
        <translation>p. ej., Caminar hasta el parque tres veces por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to work towards; press Enter to save</source>
        <translation>Lo que quieres conseguir; pulsa Intro para guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it matters to you (optional)</source>
        <translation>Por qué es importante para ti (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: why this goal matters to you; press Enter to save</source>
        <translation>Opcional: por qué esta meta es importante para ti; pulsa Intro para guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date</source>
        <translation>&amp;Fecha objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a target date</source>
        <translation>Tiene fecha objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to give the goal a date to aim for</source>
        <translation>Márcalo para darle a la meta una fecha a la que apuntar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date you aim to reach this goal by</source>
        <translation>La fecha para la que quieres alcanzar esta meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether you are working on this goal, resting it, or finished</source>
        <translation>Si estás trabajando en esta meta, si la has dejado en pausa o si la has terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing; the goal stays as it was</source>
        <translation>Dejar de editar; la meta se queda como estaba</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>&amp;Guardar meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;goal</source>
        <translation>Añadir &amp;meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save goal</source>
        <translation>Guardar meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to this goal (Enter)</source>
        <translation>Guardar los cambios de esta meta (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new goal (Enter)</source>
        <translation>Añadir la nueva meta (Intro)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>G&amp;oal</source>
        <translation>Me&amp;ta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goals_panel.py" line="+57"/>
        <location line="+4"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose a goal to see its steps; Delete removes it</source>
        <translation>Elige una meta para ver sus pasos; Supr la elimina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Things I want to work towards, in small steps I can tick off.</source>
        <translation>Cosas que quiero conseguir, en pasos pequeños que puedo ir marcando.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of this goal&apos;s actions that are done</source>
        <translation>Parte de las acciones de esta meta que están hechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions for this goal</source>
        <translation>Acciones de esta meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks an action as done or not done; Delete removes it</source>
        <translation>Espacio marca una acción como hecha o no hecha; Supr la elimina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit goal</source>
        <translation>&amp;Editar meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this goal</source>
        <translation>Cambiar esta meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove goal</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this goal and its actions; you can undo it</source>
        <translation>Quitar esta meta y sus acciones; puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected action (Delete); you can undo it</source>
        <translation>Quitar la acción elegida (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small step towards this goal</source>
        <translation>Un pequeño paso hacia esta meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a step towards the chosen goal, then press Enter</source>
        <translation>Escribe un paso hacia la meta elegida y pulsa Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a&amp;ction</source>
        <translation>Añadir a&amp;cción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the step to the chosen goal (Enter)</source>
        <translation>Añadir el paso a la meta elegida (Intro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with this goal</source>
        <translation>Problema con esta meta</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Goal “{title}” removed.</source>
        <translation>Meta «{title}» quitada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action removed.</source>
        <translation>Acción quitada.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No goal chosen</source>
        <translation>Ninguna meta elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goals yet. Add your first goal below.</source>
        <translation>Todavía no hay metas. Añade tu primera meta abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status} · target {day}</source>
        <translation>{status} · objetivo {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Progress: {percent} percent, {done} of %n action(s) done</source>
        <translation>
            <numerusform>Progreso: {percent} por ciento, {done} de %n acción hecha</numerusform>
            <numerusform>Progreso: {percent} por ciento, {done} de %n acciones hechas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffReceiveDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/handoff_receive.py" line="+40"/>
        <source>Receive a profile from another computer</source>
        <translation>Recibir un perfil de otro ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the computer that has your profile, open Settings, choose “Send to another computer…” and type the code it shows here. Both computers must be on the same network. Choose the passphrase this profile will have on this computer; it may be the one you use there.</source>
        <translation>En el ordenador que tiene tu perfil, abre Ajustes, elige «Enviar a otro ordenador…» y escribe aquí el código que aparece. Los dos ordenadores deben estar en la misma red. Elige la frase de contraseña que tendrá este perfil en este ordenador; puede ser la que usas allí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handoff code</source>
        <translation>Código de traspaso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code the other computer shows</source>
        <translation>El código que muestra el otro ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for this profile</source>
        <translation>Frase de contraseña de este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to open the profile on this computer. A few unrelated words work well.</source>
        <translation>Hace falta para abrir el perfil en este ordenador. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving status</source>
        <translation>Estado de la recepción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the profile has arrived</source>
        <translation>Cuánto del perfil ha llegado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Receive</source>
        <translation>R&amp;ecibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the other computer, bring the profile here and open it</source>
        <translation>Conectar con el otro ordenador, traer aquí el perfil y abrirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without receiving</source>
        <translation>Cerrar sin recibir</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the profile; this takes a few seconds…</source>
        <translation>Abriendo el perfil; tarda unos segundos…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receiving the profile…</source>
        <translation>Recibiendo el perfil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transfer failed: {error}</source>
        <translation>El traspaso falló: {error}</translation>
    </message>
</context>
<context>
    <name>HandoffSendDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/handoff_send.py" line="+71"/>
        <source>Send this profile to another computer</source>
        <translation>Enviar este perfil a otro ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move this profile to your own computer on the same network (the same Wi-Fi or cable). On the other computer, open Commons, choose “Receive from another computer…” and type the code that appears here. The profile travels encrypted, and the code works once, for 10 minutes.</source>
        <translation>Traslada este perfil a tu propio ordenador en la misma red (la misma wifi o el mismo cable). En el otro ordenador, abre Commons, elige «Recibir de otro ordenador…» y escribe el código que aparece aquí. El perfil viaja cifrado, y el código funciona una vez, durante 10 minutos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer only ({address})</source>
        <translation>Solo este ordenador ({address})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device}: {address}</source>
        <translation>{device}: {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network both computers are on. The other computer connects to this address.</source>
        <translation>La red en la que están los dos ordenadores. El otro ordenador se conecta a esta dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handoff code</source>
        <translation>Código de traspaso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the code, to paste it into a message</source>
        <translation>Copiar el código, para pegarlo en un mensaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long the code works</source>
        <translation>Cuánto tiempo funciona el código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the profile has travelled</source>
        <translation>Cuánto ha viajado el perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show a code</source>
        <translation>&amp;Mostrar un código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a code</source>
        <translation>Mostrar un código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the encrypted profile and show the code to type on the other computer</source>
        <translation>Preparar el perfil cifrado y mostrar el código que hay que escribir en el otro ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close; a code still showing stops working</source>
        <translation>Cerrar; un código que se esté mostrando deja de funcionar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Encrypting the profile for the journey; this takes a few seconds…</source>
        <translation>Cifrando el perfil para el viaje; tarda unos segundos…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for the other computer.</source>
        <translation>Esperando al otro ordenador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code works for {minutes}:{seconds:02d} more.</source>
        <translation>El código funciona durante {minutes}:{seconds:02d} más.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is connecting…</source>
        <translation>{host} se está conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A computer typed a wrong code ({attempt} of {most}). Check the code on the other computer.</source>
        <translation>Un ordenador escribió un código incorrecto ({attempt} de {most}). Comprueba el código en el otro ordenador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the profile…</source>
        <translation>Enviando el perfil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other computer could not open the profile: {reason} The code still works.</source>
        <translation>El otro ordenador no pudo abrir el perfil: {reason} El código sigue funcionando.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your profile is now on the other computer, where it is a new device of yours. It is still on this computer too: to remove it from here, use “Delete this profile…” in Settings.</source>
        <translation>Tu perfil ya está en el otro ordenador, donde es un dispositivo nuevo tuyo. También sigue en este ordenador: para quitarlo de aquí, usa «Eliminar este perfil…» en Ajustes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show a new code</source>
        <translation>&amp;Mostrar un código nuevo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code copied. It leaves the clipboard once used, or in 2 minutes. Waiting for the other computer.</source>
        <translation>Código copiado. Sale del portapapeles en cuanto se usa, o a los 2 minutos. Esperando al otro ordenador.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../src/commons_desktop/features/home/home_view.py" line="+111"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>&amp;Check in</source>
        <translation>&amp;Hacer mi registro</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Open today&apos;s check-in (Ctrl+3)</source>
        <translation>Abrir el registro de hoy (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note about checking in</source>
        <translation>Una nota sobre los registros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;plan</source>
        <translation>Abrir el &amp;plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open your plan (Ctrl+2)</source>
        <translation>Abrir tu plan (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supporters</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;support network</source>
        <translation>Abrir la red de &amp;apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what your supporters see, and invite them (Ctrl+5)</source>
        <translation>Elegir qué ven tus personas de apoyo e invitarlas (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I &amp;need support…</source>
        <translation>&amp;Necesito apoyo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I need support</source>
        <translation>Necesito apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell everyone you share your plan with that you need support</source>
        <translation>Avisar a todas las personas con quienes compartes tu plan de que necesitas apoyo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you gave</source>
        <translation>Lo que diste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;contributions</source>
        <translation>Abrir las a&amp;portaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of your contributions (Ctrl+4)</source>
        <translation>Abrir la lista de tus aportaciones (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About syncing</source>
        <translation>&amp;Sobre la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is synced, with whom, and what leaves this computer</source>
        <translation>Qué se sincroniza, con quién y qué sale de este ordenador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs review</source>
        <translation>Pendiente de revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>Re&amp;visar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open what needs review in your community</source>
        <translation>Abrir lo que hay que revisar en tu comunidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open suppor&amp;t</source>
        <translation>Abrir ap&amp;oyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your request for support stands, and who asked you for support</source>
        <translation>En qué punto está tu petición de apoyo, y quién te ha pedido apoyo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your day at a glance. Only what you choose to share leaves this computer, encrypted.</source>
        <translation>Tu día de un vistazo. Solo sale de este ordenador lo que eliges compartir, y cifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Not syncing: nothing leaves this computer.</source>
        <translation>Sin sincronizar: nada sale de este ordenador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You asked for support {time}:</source>
        <translation>Pediste apoyo {time}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Support → People I support to see it and mark it seen.</source>
        <translation>Abre Apoyo → Personas a las que apoyo para verlo y marcarlo como visto.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n thing(s) need review in {community}.</source>
        <translation>
            <numerusform>%n cosa necesita revisión en {community}.</numerusform>
            <numerusform>%n cosas necesitan revisión en {community}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a community that did not open</source>
        <translation>una comunidad que no se abrió</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Change today&apos;s check-in</source>
        <translation>&amp;Cambiar el registro de hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How are you today? A check-in takes a minute.</source>
        <translation>¿Cómo estás hoy? Un registro lleva un minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked in today: mood {mood} of 10.</source>
        <translation>Hoy ya hiciste tu registro: ánimo {mood} de 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {tags}.</source>
        <translation>Etiquetas: {tags}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It has been a few days since your last check-in. That is all right. Whenever you like, a minute about today is enough; there is nothing to catch up on.</source>
        <translation>Han pasado unos días desde tu último registro. No pasa nada. Cuando quieras, basta con un minuto sobre hoy; no hay nada que ponerse al día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your plan is empty. Start with a few things that help you stay well.</source>
        <translation>Tu plan está vacío. Empieza con unas cuantas cosas que te ayudan a estar bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {total} sections filled in.</source>
        <translation>{count} de {total} secciones rellenadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: {items}</source>
        <translation>Hoy: {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still empty: {sections}</source>
        <translation>Todavía vacías: {sections}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No supporters yet. People you trust can see the parts of your plan you choose.</source>
        <translation>Todavía no tienes personas de apoyo. Las personas en quienes confías pueden ver las partes de tu plan que elijas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can see {count} of the {total} sections of your plan</source>
        <translation>{name} puede ver {count} de las {total} secciones de tu plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded yet. Hours you give, stakes and circle payments show here.</source>
        <translation>Todavía no hay nada anotado. Aquí aparecen las horas que das, las participaciones y los pagos del círculo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This month: {time} of your time.</source>
        <translation>Este mes: {time} de tu tiempo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/import_dialog.py" line="+33"/>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a profile saved with “Back up or move this profile…” on this or another computer. Type the passphrase that was given to the file. This device becomes a new device of yours; sync treats it as a new one.</source>
        <translation>Abre un perfil guardado con «Hacer una copia o trasladar este perfil…» en este u otro ordenador. Escribe la frase de contraseña que se le dio al archivo. Este dispositivo pasa a ser un dispositivo nuevo tuyo; la sincronización lo trata como nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file ending in {suffix}</source>
        <translation>Un archivo que termina en {suffix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The encrypted profile file to open</source>
        <translation>El archivo de perfil cifrado que quieres abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the file on this computer</source>
        <translation>Buscar el archivo en este ordenador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of the file</source>
        <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase typed when the file was saved. The profile keeps it.</source>
        <translation>La frase de contraseña que se escribió al guardar el archivo. El perfil la conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import problem</source>
        <translation>Problema al importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is checking and opening the file</source>
        <translation>Commons está comprobando y abriendo el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and opening the file…</source>
        <translation>Comprobando y abriendo el archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a profile on this computer from the file, and open it</source>
        <translation>Crear un perfil en este ordenador a partir del archivo, y abrirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open a profile file</source>
        <translation>Abrir un archivo de perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons profiles (*{suffix});;All files (*)</source>
        <translation>Perfiles de Commons (*{suffix});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>InviteActions</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_sheet.py" line="+105"/>
        <source>Save QR image…</source>
        <translation>Guardar imagen QR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Save QR image</source>
        <translation>Guardar imagen QR</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Save the invite&apos;s QR code as a picture, to send or show on another screen</source>
        <translation>Guardar el código QR de la invitación como imagen, para enviarla o mostrarla en otra pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print invite (PDF)…</source>
        <translation>Imprimir invitación (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print invite</source>
        <translation>Imprimir invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invite as a page to print: the QR code, the short code and where it works</source>
        <translation>Guardar la invitación como página para imprimir: el código QR, el código corto y dónde funciona</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invite-{community}.png</source>
        <translation>invitacion-{community}.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print invite (PDF)</source>
        <translation>Imprimir invitación (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invite-{community}.pdf</source>
        <translation>invitacion-{community}.pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save to {path}. Choose another folder and try again.</source>
        <translation>No se pudo guardar en {path}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}. Whoever has this file can join once until the invite expires: send it only to the person invited, and delete it afterwards.</source>
        <translation>Guardado en {path}. Quien tenga este archivo puede unirse una vez hasta que caduque la invitación: envíalo solo a la persona invitada y bórralo después.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>InviteCard</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_card.py" line="+27"/>
        <source>Invite QR code</source>
        <translation>Código QR de la invitación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite text</source>
        <translation>Texto de la invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole invite, to send to the person you invite</source>
        <translation>La invitación completa, para enviarla a la persona que invitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy invite</source>
        <translation>Copiar invitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the invite text, to paste into a message</source>
        <translation>Copiar el texto de la invitación, para pegarlo en un mensaje</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Short code: {code}</source>
        <translation>Código corto: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works once, until {when}.</source>
        <translation>Funciona una vez, hasta el {when}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works on this network and, from anywhere, through the community&apos;s relay.</source>
        <translation>Funciona en esta red y, desde cualquier sitio, a través del relé de la comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works from anywhere, through the community&apos;s relay.</source>
        <translation>Funciona desde cualquier sitio, a través del relé de la comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works on this network only (this computer must be on and awake).</source>
        <translation>Solo funciona en esta red (este ordenador tiene que estar encendido y activo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works only on this computer for now: sync on this network is off and the community has no relay.</source>
        <translation>De momento solo funciona en este ordenador: la sincronización en esta red está desactivada y la comunidad no tiene relé.</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_invite.py" line="+47"/>
        <source>Invite QR code</source>
        <translation>Código QR de la invitación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite text</source>
        <translation>Texto de la invitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The QR code as text, to copy into a message</source>
        <translation>El código QR como texto, para copiarlo en un mensaje</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing…</source>
        <translation>De&amp;jar de compartir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invite {name}…</source>
        <translation>&amp;Invitar a {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing with {name}…</source>
        <translation>De&amp;jar de compartir con {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a one-time invite</source>
        <translation>Crear una invitación de un solo uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see nothing more</source>
        <translation>No verá nada más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync is not running, so you can list your supporters and choose what they may see, but not invite them or stop sharing. Invitations need sync, which guest sessions don&apos;t have.</source>
        <translation>La sincronización no está en marcha, así que puedes anotar tus personas de apoyo y elegir qué pueden ver, pero no invitarlas ni dejar de compartir. Las invitaciones necesitan la sincronización, que las sesiones de invitado no tienen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scan this with {name}&apos;s Commons</source>
        <translation>Escanea esto con el Commons de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short code: {code}</source>
        <translation>Código corto: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works once, until {when}.</source>
        <translation>Funciona una vez, hasta el {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this to {name} in person, or in a message only they read. In their own Commons they open Support, then People I support, and join with an invite: they scan the code, paste the invite text, or type the short code.</source>
        <translation>Dáselo a {name} en persona, o en un mensaje que solo lea esa persona. En su propio Commons abre Apoyo, luego Personas a las que apoyo, y se une con una invitación: escanea el código, pega el texto de la invitación o escribe el código corto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing with {name}? They will see nothing you change from now on, and their copy is deleted when their Commons next hears from yours. What they already saw cannot be recalled.</source>
        <translation>¿Dejar de compartir con {name}? No verá nada de lo que cambies a partir de ahora, y su copia se borra la próxima vez que su Commons reciba noticias del tuyo. Lo que ya vio no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/language_combo.py" line="+22"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Commons on this computer, before and after unlocking</source>
        <translation>El idioma de Commons en este ordenador, antes y después de desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/commons_desktop/shell/main_window.py" line="+29"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock this profile now (Ctrl+L); unlock again with your passphrase</source>
        <translation>Bloquear este perfil ahora (Ctrl+L); desbloquéalo otra vez con tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End guest session</source>
        <translation>&amp;Terminar la sesión de invitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe this guest profile and everything in it</source>
        <translation>Borrar este perfil de invitado y todo lo que contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-lock time, theme and passphrase of this profile</source>
        <translation>Tiempo de bloqueo automático, tema y frase de contraseña de este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock and close Commons</source>
        <translation>Bloquear y cerrar Commons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Commons</source>
        <translation>A&amp;cerca de Commons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions, where your data lives, and what leaves this computer (F1)</source>
        <translation>Versiones, dónde se guardan tus datos y qué sale de este ordenador (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto-lock countdown</source>
        <translation>Cuenta atrás del bloqueo automático</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is saving or loading</source>
        <translation>Commons está guardando o cargando</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Ending the guest session in %n s — move the mouse to stay</source>
        <translation>
            <numerusform>La sesión de invitado termina en %n s — mueve el ratón para seguir</numerusform>
            <numerusform>La sesión de invitado termina en %n s — mueve el ratón para seguir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locking in %n s — move the mouse to stay</source>
        <translation>
            <numerusform>Se bloquea en %n s — mueve el ratón para seguir</numerusform>
            <numerusform>Se bloquea en %n s — mueve el ratón para seguir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/map_items.py" line="+47"/>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and knowledge</source>
        <translation>Habilidades y conocimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built</source>
        <translation>Construido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>Industrial</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../src/commons_desktop/features/map/map_view.py" line="+54"/>
        <source>Which community&apos;s map to show</source>
        <translation>De qué comunidad mostrar el mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Drag to move, wheel or + and − to zoom; click a number to zoom in, a pin to see it</source>
        <translation>Arrastra para moverte; usa la rueda o + y − para acercar o alejar; haz clic en un número para acercarte y en un marcador para verlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s assets on a map. The Assets screen lists the same assets as a table.</source>
        <translation>Los recursos de la comunidad en un mapa. La pantalla Recursos muestra los mismos recursos en una tabla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a smaller area in more detail</source>
        <translation>Mostrar una zona más pequeña con más detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show a larger area</source>
        <translation>Mostrar una zona más grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit every asset with a place on the map</source>
        <translation>Encajar en el mapa todos los recursos que tienen un lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load base layer…</source>
        <translation>Cargar capa base…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw streets and outlines from a GeoJSON or OpenStreetMap file; it stays on this computer</source>
        <translation>Dibujar calles y contornos desde un archivo GeoJSON u OpenStreetMap; se queda en este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove base layer</source>
        <translation>Quitar capa base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the base layer kept on this computer</source>
        <translation>Olvidar la capa base guardada en este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw an area…</source>
        <translation>Dibujar una zona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline a part of the neighbourhood for everyone in the community</source>
        <translation>Marcar el contorno de una parte del vecindario para toda la comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only pins matching… (e.g. food station)</source>
        <translation>Mostrar solo los marcadores que coincidan con… (p. ej., punto de comida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every asset on the map again</source>
        <translation>Volver a mostrar todos los recursos en el mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find on the map</source>
        <translation>Buscar en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the assets with all these words in their name, category, area or description</source>
        <translation>Mostrar solo los recursos con todas estas palabras en su nombre, categoría, zona o descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the assets of one category</source>
        <translation>Mostrar los recursos de una categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Where the community&apos;s assets are. The map is drawn on this computer: no map service learns where you look.</source>
        <translation>Dónde están los recursos de la comunidad. El mapa se dibuja en este ordenador: ningún servicio de mapas sabe dónde miras.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A number: several assets close together</source>
        <translation>Un número: varios recursos juntos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open in Assets</source>
        <translation>Abrir en Recursos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this asset on the Assets screen</source>
        <translation>Mostrar este recurso en la pantalla Recursos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove area</source>
        <translation>Quitar zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this area off the community&apos;s map (whoever drew it, or an admin)</source>
        <translation>Quitar esta zona del mapa de la comunidad (quien la dibujó o una persona administradora)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name of the area, e.g. North End</source>
        <translation>Nombre de la zona, p. ej., Barrio Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area name</source>
        <translation>Nombre de la zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the community calls this area</source>
        <translation>Cómo llama la comunidad a esta zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo corner</source>
        <translation>Deshacer esquina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the last corner</source>
        <translation>Quitar la última esquina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save area</source>
        <translation>Guardar zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this area to the community&apos;s map</source>
        <translation>Añadir esta zona al mapa de la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop drawing; nothing is saved</source>
        <translation>Dejar de dibujar; no se guarda nada</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n asset(s) on the map match what you chose</source>
        <translation>
            <numerusform>%n recurso del mapa coincide con lo que elegiste</numerusform>
            <numerusform>%n recursos del mapa coinciden con lo que elegiste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n asset(s) on the map</source>
        <translation>
            <numerusform>%n recurso en el mapa</numerusform>
            <numerusform>%n recursos en el mapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more without a place: see the Assets screen)</source>
        <translation>
            <numerusform>(%n más sin lugar: mira la pantalla Recursos)</numerusform>
            <numerusform>(%n más sin lugar: mira la pantalla Recursos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: {value}</source>
        <translation>Zona: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by: {value}</source>
        <translation>Lo cuida: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered: {value}</source>
        <translation>Apoyo que ofrece: {value}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An area of the community, drawn by {who}, with %n corner(s).</source>
        <translation>
            <numerusform>Una zona de la comunidad, dibujada por {who}, con %n esquina.</numerusform>
            <numerusform>Una zona de la comunidad, dibujada por {who}, con %n esquinas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The area was not removed: {reason}</source>
        <translation>No se quitó la zona: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Click on the map at each corner of the area (%n so far; at least 3).</source>
        <translation>
            <numerusform>Haz clic en el mapa en cada esquina de la zona (%n hasta ahora; al menos 3).</numerusform>
            <numerusform>Haz clic en el mapa en cada esquina de la zona (%n hasta ahora; al menos 3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An area has at most 500 corners: undo some.</source>
        <translation>Una zona tiene como mucho 500 esquinas: deshaz algunas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n corner(s). Name the area and save it.</source>
        <translation>
            <numerusform>%n esquina. Ponle nombre a la zona y guárdala.</numerusform>
            <numerusform>%n esquinas. Ponle nombre a la zona y guárdala.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The area {name} is on the community&apos;s map.</source>
        <translation>La zona {name} está en el mapa de la comunidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The area was not saved: {reason}</source>
        <translation>No se guardó la zona: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load a base layer</source>
        <translation>Cargar una capa base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map files (*.geojson *.json *.osm);;All files (*)</source>
        <translation>Archivos de mapa (*.geojson *.json *.osm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} cannot be used as a base layer: {problem} Nothing from it was kept.</source>
        <translation>{file} no se puede usar como capa base: {problem} No se guardó nada de él.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Base layer loaded from {file}: %n line(s) and outline(s). It stays on this computer.</source>
        <translation>
            <numerusform>Capa base cargada desde {file}: %n línea o contorno. Se queda en este ordenador.</numerusform>
            <numerusform>Capa base cargada desde {file}: %n líneas y contornos. Se queda en este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The base layer was removed from this computer.</source>
        <translation>La capa base se quitó de este ordenador.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../src/commons_desktop/features/checkin/mood_chart.py" line="+34"/>
        <source>Mood over the chosen period</source>
        <translation>Ánimo en el periodo elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mood score (1 to 10) for each day you checked in, over the chosen period</source>
        <translation>Tu puntuación de ánimo (de 1 a 10) de cada día que hiciste tu registro, en el periodo elegido</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n check-in(s), average mood {avg}</source>
        <translation>
            <numerusform>%n registro, ánimo medio {avg}</numerusform>
            <numerusform>%n registros, ánimo medio {avg}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins in this period</source>
        <translation>No hay registros en este periodo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your check-ins will show up here.</source>
        <translation>Tus registros aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>MyRecord</name>
    <message>
        <location filename="../../src/commons_desktop/features/circles/my_record.py" line="+23"/>
        <source>Your circles</source>
        <translation>Tus círculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circles you completed, every round confirmed</source>
        <translation>Círculos de préstamo que completaste, con todas las rondas confirmadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this on my card in the community</source>
        <translation>Mostrar esto en mi ficha de la comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show completed circles on my card</source>
        <translation>Mostrar los círculos completados en mi ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice: others see only the number, counted from the signed ledger</source>
        <translation>Tú eliges: las demás personas solo ven el número, contado a partir de las cuentas firmadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lending circles you completed: %1</source>
        <translation>Círculos de préstamo que completaste: %1</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/need_form.py" line="+63"/>
        <source>Post a need or an offer</source>
        <translation>Publicar una necesidad o una oferta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Need or offer</source>
        <translation>Necesidad u oferta</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Whether you need help or offer it</source>
        <translation>Si necesitas ayuda o la ofreces</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>What kind of help, e.g. food, lifts, repairs</source>
        <translation>Qué tipo de ayuda, p. ej., comida, llevar en coche, reparaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Where, e.g. a street or part of town</source>
        <translation>Dónde, p. ej., una calle o una parte del pueblo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Say what is needed or offered, in a sentence or two</source>
        <translation>Di qué se necesita o se ofrece, en una o dos frases</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>How soon it matters</source>
        <translation>Para cuándo importa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on a day</source>
        <translation>Termina un día concreto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After this day it shows as expired</source>
        <translation>Después de este día aparece como caducada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day this need or offer stands</source>
        <translation>El último día en que sigue en pie esta necesidad u oferta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search assets to link…</source>
        <translation>Buscar recursos para vincular…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search assets</source>
        <translation>Buscar recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find assets that meet this need or that it uses</source>
        <translation>Encontrar recursos que cubren esta necesidad o que usa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Linked assets</source>
        <translation>Recursos vinculados</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Tick the assets to link</source>
        <translation>Marca los recursos que quieres vincular</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share it with the community</source>
        <translation>Compartirla con la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without posting</source>
        <translation>Cerrar sin publicar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Category: write what kind of help in up to 80 characters, e.g. food or lifts.</source>
        <translation>Categoría: escribe qué tipo de ayuda en hasta 80 caracteres, p. ej., comida o llevar en coche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: write where in up to 120 characters, e.g. a street or part of town.</source>
        <translation>Zona: escribe dónde en hasta 120 caracteres, p. ej., una calle o una parte del pueblo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What: say what is needed or offered, in up to 4,000 characters.</source>
        <translation>Qué: di qué se necesita o se ofrece, en hasta 4.000 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on: that day has already passed; choose today or a later day.</source>
        <translation>Termina el: ese día ya pasó; elige hoy o un día posterior.</translation>
    </message>
</context>
<context>
    <name>NeedSupportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/need_support.py" line="+16"/>
        <source>I need support</source>
        <translation>Necesito apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your supporters are told that you asked for support, with these words if you add some. It is not an emergency service: in an emergency, call your crisis contacts or emergency number.</source>
        <translation>Se avisa a tus personas de apoyo de que pediste apoyo, con estas palabras si añades alguna. No es un servicio de emergencias: en una emergencia, llama a tus contactos de crisis o al número de emergencias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Could you call me this evening?</source>
        <translation>p. ej., ¿Podrías llamarme esta tarde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words for your supporters (optional)</source>
        <translation>Unas palabras para tus personas de apoyo (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tell my supporters</source>
        <translation>&amp;Avisar a mis personas de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell my supporters</source>
        <translation>Avisar a mis personas de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it to everyone you share your plan with</source>
        <translation>Enviarlo a todas las personas con quienes compartes tu plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without sending</source>
        <translation>Cerrar sin enviar</translation>
    </message>
</context>
<context>
    <name>NeedsLabels</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/labels.py" line="+36"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/needs_model.py" line="+139"/>
        <source>Need or offer</source>
        <translation>Necesidad u oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/needs_view.py" line="+62"/>
        <source>Which community&apos;s needs and offers to show</source>
        <translation>De qué comunidad mostrar las necesidades y las ofertas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scroll tabs</source>
        <translation>Desplazar pestañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>Mostrar más pestañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list, the gaps and overlaps, or opportunities</source>
        <translation>La lista, las carencias y coincidencias, o las oportunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+18"/>
        <location line="+47"/>
        <source>Needs and offers</source>
        <translation>Necesidades y ofertas</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Gaps and overlaps</source>
        <translation>Carencias y coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What neighbours need and offer, where nobody meets a need yet, and where a project could.</source>
        <translation>Lo que el vecindario necesita y ofrece, dónde nadie cubre todavía una necesidad y dónde podría hacerlo un proyecto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs or offers</source>
        <translation>Necesidades u ofertas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show needs, offers or both</source>
        <translation>Mostrar necesidades, ofertas o ambas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one category</source>
        <translation>Mostrar una categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one area</source>
        <translation>Mostrar una zona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show open ones, closed ones (met, withdrawn, expired) or all</source>
        <translation>Mostrar las abiertas, las cerradas (cubiertas, retiradas, caducadas) o todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and closed</source>
        <translation>Abiertas y cerradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one urgency</source>
        <translation>Mostrar una urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any urgency</source>
        <translation>Cualquier urgencia</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The community&apos;s needs and offers</source>
        <translation>Las necesidades y ofertas de la comunidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post a need or offer…</source>
        <translation>Publicar una necesidad u oferta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a need or offer</source>
        <translation>Publicar una necesidad u oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say what you need or can offer</source>
        <translation>Di lo que necesitas o lo que puedes ofrecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Mark met</source>
        <translation>Marcar como cubierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen need or offer has been met</source>
        <translation>La necesidad u oferta elegida se ha cubierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back a need or offer you posted</source>
        <translation>Retirar una necesidad u oferta que publicaste</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every area</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No needs or offers yet. Post the first one.</source>
        <translation>Todavía no hay necesidades ni ofertas. Publica la primera.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing {shown} of %n need(s) and offer(s) in {community}</source>
        <translation>
            <numerusform>Se muestran {shown} de %n necesidad u oferta en {community}</numerusform>
            <numerusform>Se muestran {shown} de %n necesidades y ofertas en {community}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Marked met.</source>
        <translation>Marcada como cubierta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn.</source>
        <translation>Retirada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Project proposed: the gap now has a project.</source>
        <translation>Proyecto propuesto: la carencia ya tiene un proyecto.</translation>
    </message>
</context>
<context>
    <name>NewProjectForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="-277"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose the project</source>
        <translation>Proponer el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the project with the community</source>
        <translation>Compartir el proyecto con la comunidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name</source>
        <translation>El nombre del proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the project will do</source>
        <translation>Lo que hará el proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no need on record)</source>
        <translation>(ninguna necesidad anotada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the need</source>
        <translation>Responde a la necesidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The open need this project sets out to meet</source>
        <translation>La necesidad abierta que este proyecto quiere cubrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The social benefit it counts, e.g. meals served</source>
        <translation>El beneficio social que cuenta, p. ej., comidas servidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What one of the measure is, e.g. meals</source>
        <translation>Qué es una unidad de la medida, p. ej., comidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many, in the unit, when it has done its work</source>
        <translation>Cuántas, en la unidad, cuando haya hecho su trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stake price</source>
        <translation>Precio de la participación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What one stake costs</source>
        <translation>Lo que cuesta una participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>Tres letras mayúsculas, p. ej., EUR o GBP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakes offered</source>
        <translation>Participaciones ofrecidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many stakes neighbours can buy</source>
        <translation>Cuántas participaciones puede comprar el vecindario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on top of each stake once the target is met</source>
        <translation>Se paga además de cada participación cuando se alcanza la meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repay by</source>
        <translation>Devolver antes del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When stakeholders are repaid</source>
        <translation>Cuándo se devuelve el dinero a quienes participan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifiers</source>
        <translation>Personas verificadoras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The neighbours who sign that the target is met; the bonus is paid only after they do</source>
        <translation>Las personas del vecindario que firman que se ha alcanzado la meta; la bonificación se paga solo después de que firmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmations needed</source>
        <translation>Confirmaciones necesarias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many of the verifiers must sign</source>
        <translation>Cuántas de las personas verificadoras tienen que firmar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title: name the project in up to 200 characters.</source>
        <translation>Título: pon nombre al proyecto en hasta 200 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: say what the project will do.</source>
        <translation>Objetivo: di lo que hará el proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: say what it counts, e.g. meals served.</source>
        <translation>Medida: di lo que cuenta, p. ej., comidas servidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: say what one of the measure is, e.g. meals.</source>
        <translation>Unidad: di qué es una unidad de la medida, p. ej., comidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake price: a stake costs something; enter more than 0.</source>
        <translation>Precio de la participación: una participación cuesta algo; pon más de 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>Moneda: tres letras mayúsculas, p. ej., EUR o GBP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repay by: choose a day after today.</source>
        <translation>Devolver antes del: elige un día posterior a hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifiers: choose who will confirm that the target is met.</source>
        <translation>Personas verificadoras: elige quién confirmará que se ha alcanzado la meta.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Confirmations needed: at most the %n verifier(s) chosen.</source>
        <translation>
            <numerusform>Confirmaciones necesarias: como mucho la persona verificadora elegida (%n).</numerusform>
            <numerusform>Confirmaciones necesarias: como mucho las %n personas verificadoras elegidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/news_panel.py" line="+45"/>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What neighbours added or changed since you last looked</source>
        <translation>Lo que el vecindario añadió o cambió desde la última vez que miraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Mark all as seen</source>
        <translation>Marcar todo como visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start counting what is new from now (this also happens when you leave this tab)</source>
        <translation>Empezar a contar las novedades desde ahora (también pasa cuando sales de esta pestaña)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you last looked</source>
        <translation>Desde la última vez que miraste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your first look. From now on, what your neighbours add or change shows up here.</source>
        <translation>Es la primera vez que miras. A partir de ahora, aquí aparecerá lo que el vecindario añada o cambie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new since you last looked.</source>
        <translation>Nada nuevo desde la última vez que miraste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs my vote</source>
        <translation>Necesita mi voto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open proposal(s) you have not voted on</source>
        <translation>
            <numerusform>%n propuesta abierta en la que no has votado</numerusform>
            <numerusform>%n propuestas abiertas en las que no has votado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up this week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the next seven days.</source>
        <translation>Nada en los próximos siete días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>Pendiente de revisar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) in this community need(s) a person to decide.</source>
        <translation>
            <numerusform>%n cosa de esta comunidad necesita que una persona decida.</numerusform>
            <numerusform>%n cosas de esta comunidad necesitan que una persona decida.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new neighbour(s)</source>
        <translation>
            <numerusform>%n vecino nuevo</numerusform>
            <numerusform>%n vecinos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new need(s)</source>
        <translation>
            <numerusform>%n necesidad nueva</numerusform>
            <numerusform>%n necesidades nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new offer(s)</source>
        <translation>
            <numerusform>%n oferta nueva</numerusform>
            <numerusform>%n ofertas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n need(s) or offer(s) closed</source>
        <translation>
            <numerusform>%n necesidad u oferta cerrada</numerusform>
            <numerusform>%n necesidades u ofertas cerradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new asset(s)</source>
        <translation>
            <numerusform>%n recurso nuevo</numerusform>
            <numerusform>%n recursos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n evento nuevo</numerusform>
            <numerusform>%n eventos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s) started or moved on</source>
        <translation>
            <numerusform>%n proyecto iniciado o avanzado</numerusform>
            <numerusform>%n proyectos iniciados o avanzados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new proposal(s)</source>
        <translation>
            <numerusform>%n propuesta nueva</numerusform>
            <numerusform>%n propuestas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vote on “{title}” — closes {when}</source>
        <translation>Vota «{title}» — se cierra {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your contribution to “{circle}”, due {day}</source>
        <translation>Tu aportación a «{circle}», vence el {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repay stakeholders of “{project}”: {amount} {currency} by {day}</source>
        <translation>Devolver a quienes participan en «{project}»: {amount} {currency} antes del {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals closing without your vote</source>
        <translation>Propuestas que se cierran sin tu voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments due</source>
        <translation>Pagos pendientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} — now {status}</source>
        <translation>{title} — ahora {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow {time}</source>
        <translation>Mañana {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>NoReasonForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+140"/>
        <location line="+1"/>
        <source>Vote no</source>
        <translation>Votar no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and share your vote against this proposal</source>
        <translation>Firmar y compartir tu voto en contra de esta propuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are voting against “{title}”.</source>
        <translation>Vas a votar en contra de «{title}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why you vote no: members see the reasons with the outcome, without your name</source>
        <translation>Por qué votas no: los miembros ven los motivos junto con el resultado, sin tu nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stays sealed with your vote until voting closes, then members see it with the outcome.</source>
        <translation>Queda sellado con tu voto hasta que se cierre la votación; después, los miembros lo ven con el resultado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members see it with the outcome.</source>
        <translation>Los miembros lo ven con el resultado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason: at most {limit} characters (this one has {length}).</source>
        <translation>Motivo: como mucho {limit} caracteres (este tiene {length}).</translation>
    </message>
</context>
<context>
    <name>OpenQrImageButton</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/qr_join.py" line="+96"/>
        <source>Open QR image…</source>
        <translation>Abrir imagen QR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open QR image</source>
        <translation>Abrir imagen QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with a photo or screenshot of the invite&apos;s QR code</source>
        <translation>Unirte con una foto o captura de pantalla del código QR de la invitación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a picture of the invite&apos;s QR code</source>
        <translation>Abrir una imagen del código QR de la invitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
</context>
<context>
    <name>OpenRoundForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/open_form.py" line="+40"/>
        <location line="+13"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Which well-being questions the round asks</source>
        <translation>Qué preguntas de bienestar hace la ronda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Open for</source>
        <translation>Abierta durante</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How many days people have to answer</source>
        <translation>Cuántos días tiene la gente para responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Who takes part</source>
        <translation>Quién participa</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tick the people who agreed to take part</source>
        <translation>Marca a las personas que aceptaron participar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open the round</source>
        <translation>Abrir la ronda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the ticked people these questions</source>
        <translation>Hacer estas preguntas a las personas marcadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a well-being round</source>
        <translation>Abrir una ronda de bienestar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask only people who agreed to take part. A result shows only when everyone on the list has answered, and never for fewer than five people.</source>
        <translation>Pregunta solo a personas que aceptaron participar. Un resultado solo se muestra cuando todas las personas de la lista han respondido, y nunca con menos de cinco personas.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Tick at least %n people.</source>
        <translation>
            <numerusform>Marca al menos a %n persona.</numerusform>
            <numerusform>Marca al menos a %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people ticked.</source>
        <translation>
            <numerusform>%n persona marcada.</numerusform>
            <numerusform>%n personas marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/needs/opportunities_panel.py" line="+26"/>
        <source>Gaps no proposed, funding or active project sets out to meet. A project started here names the gap&apos;s needs, so the gap leaves this list.</source>
        <translation>Carencias que ningún proyecto propuesto, en financiación o activo se propone cubrir. Un proyecto creado aquí nombra las necesidades de la carencia, así que la carencia sale de esta lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most urgent</source>
        <translation>La más urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps a project could fill, the most pressing first</source>
        <translation>Carencias que un proyecto podría cubrir, las más apremiantes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a project for this gap…</source>
        <translation>Crear un proyecto para esta carencia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a project for this gap</source>
        <translation>Crear un proyecto para esta carencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose a project linked to its needs</source>
        <translation>Proponer un proyecto vinculado a sus necesidades</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/people_panel.py" line="+105"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone in this community, with their role and devices</source>
        <translation>Todas las personas de esta comunidad, con su papel y sus dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role…</source>
        <translation>Cambiar papel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>Cambiar papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the chosen person an admin or a member</source>
        <translation>Hacer que la persona elegida sea administradora o miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from community…</source>
        <translation>Quitar de la comunidad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+221"/>
        <source>Remove from community</source>
        <translation>Quitar de la comunidad</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Remove the chosen person and all their devices; the community gets a new key</source>
        <translation>Quitar a la persona elegida y todos sus dispositivos; la comunidad recibe una clave nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Leave this community…</source>
        <translation>Salir de esta comunidad…</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+187"/>
        <location line="+58"/>
        <source>Leave this community</source>
        <translation>Salir de esta comunidad</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Delete your copy of this community from this computer</source>
        <translation>Borrar tu copia de esta comunidad de este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices that have updated get the community&apos;s keys with post-quantum protection: recording the data now will not help someone who breaks today&apos;s encryption later</source>
        <translation>Los dispositivos que se han actualizado reciben las claves de la comunidad con protección poscuántica: grabar los datos ahora no servirá a quien rompa el cifrado de hoy más adelante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key protection</source>
        <translation>Protección de las claves</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No one has given a name here yet.</source>
        <translation>Aquí nadie ha puesto todavía un nombre.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>An admin removed you from this community. You keep what you had, but nothing new reaches you and nothing you write reaches anyone. You can delete your copy.</source>
        <translation>Una persona administradora te quitó de esta comunidad. Conservas lo que tenías, pero no te llega nada nuevo y nada de lo que escribes llega a nadie. Puedes borrar tu copia.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n device(s) still use the older key protection; they will update when next opened.</source>
        <translation>
            <numerusform>%n dispositivo todavía usa la protección de claves anterior; se actualizará la próxima vez que se abra.</numerusform>
            <numerusform>%n dispositivos todavía usan la protección de claves anterior; se actualizarán la próxima vez que se abran.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You (no name given yet)</source>
        <translation>Tú (aún sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who has not given a name yet</source>
        <translation>Alguien que aún no ha puesto un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (admin)</source>
        <translation>{name} (administración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} — you</source>
        <translation>{name} — tú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed from the community</source>
        <translation>quitada de la comunidad</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>completed %n lending circle(s)</source>
        <translation>
            <numerusform>completó %n círculo de préstamo</numerusform>
            <numerusform>completó %n círculos de préstamo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the demo town…</source>
        <translation>Quitar el pueblo de demostración…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <location line="+2"/>
        <source>Remove the demo town</source>
        <translation>Quitar el pueblo de demostración</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete my copy…</source>
        <translation>Borrar mi copia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete my copy</source>
        <translation>Borrar mi copia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove {name} from “{community}”?</source>
        <translation>¿Quitar a {name} de «{community}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Their %n device(s) are removed and the community gets a new key, which they never receive. They keep the copy they already have, up to now, but see nothing new, and nothing they write reaches anyone any more.</source>
        <translation>
            <numerusform>Se quita su %n dispositivo y la comunidad recibe una clave nueva, que esa persona nunca recibe. Conserva la copia que ya tiene, hasta ahora, pero no ve nada nuevo, y nada de lo que escriba llega ya a nadie.</numerusform>
            <numerusform>Se quitan sus %n dispositivos y la comunidad recibe una clave nueva, que esa persona nunca recibe. Conserva la copia que ya tiene, hasta ahora, pero no ve nada nuevo, y nada de lo que escriba llega ya a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the demo town?</source>
        <translation>¿Quitar el pueblo de demostración?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is deleted from this computer. It was never shared with anyone. You can explore a new one from Home at any time.</source>
        <translation>Se borra de este ordenador. Nunca se compartió con nadie. Puedes explorar uno nuevo desde Inicio cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave and delete my copy</source>
        <translation>Salir y borrar mi copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave “{community}”?</source>
        <translation>¿Salir de «{community}»?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your copy of “{community}” is deleted from this computer. An admin already removed you, so nothing new would have reached it.</source>
        <translation>Tu copia de «{community}» se borra de este ordenador. Una persona administradora ya te quitó, así que no le habría llegado nada nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your copy of “{community}” and its keys are deleted from this computer. The others keep everything, including what you wrote; they are not told, and still list you until an admin removes you. To come back you need a new invite.</source>
        <translation>Tu copia de «{community}» y sus claves se borran de este ordenador. Las demás personas lo conservan todo, también lo que escribiste; no se les avisa, y te siguen viendo en la lista hasta que una persona administradora te quite. Para volver necesitas una invitación nueva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are its only admin: after you leave, nobody can invite anyone or change roles.</source>
        <translation>Eres la única persona administradora: cuando salgas, nadie podrá invitar a nadie ni cambiar papeles.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing {name}&apos;s role…</source>
        <translation>Cambiando el papel de {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}&apos;s role is changed; everyone sees it.</source>
        <translation>El papel de {name} ha cambiado; todo el mundo lo ve.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing {name}…</source>
        <translation>Quitando a {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was removed; the community has a new key.</source>
        <translation>Se quitó a {name}; la comunidad tiene una clave nueva.</translation>
    </message>
</context>
<context>
    <name>PersonalExportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/personal_export.py" line="+53"/>
        <source>Export all my data</source>
        <translation>Exportar todos mis datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commons writes everything personal in this profile — your plan, goals and actions, check-ins with their answers and tags, your supporters and what each may see, your contributions and your preferences — as open files that other programs can read. The JSON file can also start a new profile (“Start from an export…”). Your communities and this computer&apos;s keys are not included.</source>
        <translation>Commons escribe todo lo personal de este perfil —tu plan, tus metas y acciones, los registros con sus respuestas y etiquetas, tus personas de apoyo y lo que puede ver cada una, tus aportaciones y tus preferencias— en archivos abiertos que otros programas pueden leer. El archivo JSON también puede crear un perfil nuevo («Empezar desde una exportación…»). No se incluyen tus comunidades ni las claves de este ordenador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These files are not encrypted. Anyone who can open them can read your plan and check-ins. Keep them where only you can reach them, and delete them when you no longer need them.</source>
        <translation>Estos archivos no están cifrados. Cualquiera que pueda abrirlos puede leer tu plan y tus registros. Guárdalos donde solo tú llegues, y bórralos cuando ya no los necesites.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the files are not encrypted</source>
        <translation>Aviso: los archivos no están cifrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The folder the files are saved in</source>
        <translation>La carpeta donde se guardan los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the folder for the files</source>
        <translation>Elegir la carpeta para los archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;JSON file: {name}</source>
        <translation>Un archivo &amp;JSON: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON file</source>
        <translation>Archivo JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file with everything; readable in a text editor, and it can start a new profile</source>
        <translation>Un solo archivo con todo; se puede leer en un editor de texto y puede crear un perfil nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV &amp;tables in a zip: {name}</source>
        <translation>&amp;Tablas CSV en un zip: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV tables</source>
        <translation>Tablas CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One table per kind of record (plan items, goals, check-ins…), for a spreadsheet</source>
        <translation>Una tabla por cada tipo de dato (elementos del plan, metas, registros…), para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is writing the files</source>
        <translation>Commons está escribiendo los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder the files were saved in</source>
        <translation>Abrir la carpeta donde se guardaron los archivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the files; you are asked to confirm first, as they are not encrypted</source>
        <translation>Escribir los archivos; antes se te pide confirmación, porque no están cifrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is in the files: the user guide, “Your data”.</source>
        <translation>Qué hay en los archivos: la guía de uso, «Tus datos».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the folder for your data</source>
        <translation>Elige la carpeta para tus datos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write unencrypted files?</source>
        <translation>¿Escribir archivos sin cifrar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files will not be encrypted: anyone who can open {folder} can read your plan, check-ins and supporters. Continue?</source>
        <translation>Los archivos no estarán cifrados: cualquiera que pueda abrir {folder} puede leer tu plan, tus registros y tus personas de apoyo. ¿Continuar?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write unencrypted files</source>
        <translation>&amp;Escribir archivos sin cifrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the files…</source>
        <translation>Escribiendo los archivos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved, not encrypted, to:
{files}</source>
        <translation>Guardado, sin cifrar, en:
{files}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write in {folder}. Choose another folder and try again.</source>
        <translation>No se pudo escribir en {folder}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PersonalImportDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/personal_import.py" line="+38"/>
        <source>Start from an export</source>
        <translation>Empezar desde una exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new profile on this computer from a file saved with “Export all my data…” (a .json file). Commons checks the whole file first: if anything in it is wrong, it says where, and stores nothing.</source>
        <translation>Crea un perfil nuevo en este ordenador a partir de un archivo guardado con «Exportar todos mis datos…» (un archivo .json). Commons revisa antes el archivo entero: si algo está mal, te dice dónde y no guarda nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file ending in .json</source>
        <translation>Un archivo terminado en .json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The personal-data file to start from</source>
        <translation>El archivo de datos personales del que partir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the file on this computer</source>
        <translation>Buscar el archivo en este ordenador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the file holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. a nickname</source>
        <translation>Opcional, p. ej., un apodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name for the profile picker</source>
        <translation>Nombre para la lista de perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on this computer before unlocking; a nickname is fine</source>
        <translation>Se muestra en este ordenador antes de desbloquear; vale un apodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the new profile</source>
        <translation>Frase de contraseña del perfil nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import problem</source>
        <translation>Problema al importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons is checking the file or making the profile</source>
        <translation>Commons está revisando el archivo o creando el perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the new profile from the file and open it. Enabled once the file is checked and the passphrase is strong and repeated.</source>
        <translation>Crear el perfil nuevo a partir del archivo y abrirlo. Se activa cuando el archivo está revisado y la frase de contraseña es sólida y está repetida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without making a profile</source>
        <translation>Cerrar sin crear ningún perfil</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n elemento del plan</numerusform>
            <numerusform>%n elementos del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n persona de apoyo</numerusform>
            <numerusform>%n personas de apoyo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n aportación</numerusform>
            <numerusform>%n aportaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is sound. It holds {parts}.</source>
        <translation>El archivo está bien. Contiene {parts}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a personal-data export</source>
        <translation>Abrir una exportación de datos personales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons personal data (*.json);;All files (*)</source>
        <translation>Datos personales de Commons (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_items_model.py" line="+72"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
</context>
<context>
    <name>PlanSectionPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_section_panel.py" line="+49"/>
        <source>Items in this section</source>
        <translation>Elementos de esta sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press F2 to edit an item; Delete removes it</source>
        <translation>Haz doble clic o pulsa F2 para editar un elemento; Supr lo quita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>Nothing here yet. Add the first item below.</source>
        <translation>Todavía no hay nada. Añade el primer elemento abajo.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit item</source>
        <translation>Editar elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected item (F2)</source>
        <translation>Editar el elemento elegido (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item (Delete); you can undo it</source>
        <translation>Quitar el elemento elegido (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new item for this section (Ctrl+N), then press Enter</source>
        <translation>Escribe un nuevo elemento para esta sección (Ctrl+N) y pulsa Intro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add item</source>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the new item to this section (Enter)</source>
        <translation>Añadir el nuevo elemento a esta sección (Intro)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with this item</source>
        <translation>Problema con este elemento</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: {what}</source>
        <translation>Opcional: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item for “{title}”</source>
        <translation>Nuevo elemento para «{title}»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Double-click an item, or press F2, to change it.</source>
        <translation>Haz doble clic en un elemento, o pulsa F2, para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>PlanTextPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_text_panel.py" line="+27"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Write in your own words; Save keeps it</source>
        <translation>Escribe con tus propias palabras; Guardar lo conserva</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this section</source>
        <translation>Guardar esta sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you wrote (Ctrl+S)</source>
        <translation>Conservar lo que escribiste (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with this section</source>
        <translation>Problema con esta sección</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+23"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n character(s) too long.</source>
        <translation>
            <numerusform>Sobra %n carácter.</numerusform>
            <numerusform>Sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Todavía sin guardar.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/plan_view.py" line="+53"/>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a section of your plan; the number is how many items it has</source>
        <translation>Elige una sección de tu plan; el número es cuántos elementos tiene</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your plan is encrypted on this computer. Nobody else can read it unless you show it to them.</source>
        <translation>Tu plan está cifrado en este ordenador. Nadie más puede leerlo a menos que se lo enseñes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What keeps me well, what to watch for, and what others can do in a crisis.</source>
        <translation>Lo que me ayuda a estar bien, a qué prestar atención y qué pueden hacer los demás en una crisis.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Item removed.</source>
        <translation>Elemento quitado.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>Todavía sin escribir</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
</context>
<context>
    <name>ProfileFlows</name>
    <message>
        <location filename="../../src/commons_desktop/shell/profile_flows.py" line="+89"/>
        <source>Could not save drop-in mode in {folder}. Check that the folder can be written to.</source>
        <translation>No se pudo guardar el modo acogida en {folder}. Comprueba que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile imported. This computer is now a new device of yours.</source>
        <translation>Perfil importado. Este ordenador es ahora un dispositivo nuevo tuyo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile received. This computer is now a new device of yours.</source>
        <translation>Perfil recibido. Este ordenador es ahora un dispositivo nuevo tuyo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This file cannot start a profile. {problem}. Nothing was stored.</source>
        <translation>Este archivo no puede crear un perfil. {problem}. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your new profile holds everything from the export.</source>
        <translation>Tu perfil nuevo contiene todo lo de la exportación.</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+80"/>
        <source>Progress of {title}</source>
        <translation>Avance de {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the report</source>
        <translation>Añadir el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share how far the project has come</source>
        <translation>Compartir cuánto ha avanzado el proyecto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>So far</source>
        <translation>Hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many {unit} in all so far (target {target})</source>
        <translation>Cuántas {unit} en total hasta ahora (meta: {target})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, in a few words (optional)</source>
        <translation>Qué pasó, en pocas palabras (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: up to 2000 characters.</source>
        <translation>Nota: hasta 2000 caracteres.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_page.py" line="+36"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>En financiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Repaid</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Progress toward the target</source>
        <translation>Avance hacia la meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The latest report of progress</source>
        <translation>El último informe de avance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money in, stakes sold and repaid</source>
        <translation>Dinero recibido, participaciones vendidas y devueltas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target confirmed</source>
        <translation>Meta confirmada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which named verifiers have signed the target</source>
        <translation>Qué personas verificadoras nombradas han firmado la meta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stakeholder</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakes</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still owed</source>
        <translation>Aún se debe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Who is owed what</source>
        <translation>A quién se le debe qué</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Each stakeholder&apos;s principal, bonus and repaid</source>
        <translation>El capital, la bonificación y lo devuelto de cada participante</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Progress reports</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The project&apos;s progress reports, newest first</source>
        <translation>Los informes de avance del proyecto, el más reciente primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+186"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>What happened to the project, newest first</source>
        <translation>Lo que le ha pasado al proyecto, lo más reciente primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project details</source>
        <translation>Detalles del proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repayments, progress reports and history</source>
        <translation>Devoluciones, informes de avance e historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll tabs</source>
        <translation>Desplazar pestañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>Mostrar más pestañas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a project to see its page.</source>
        <translation>Elige un proyecto para ver su página.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {target} {unit} ({percent} %)</source>
        <translation>{done} de {target} {unit} ({percent} %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{price} a stake · {bonus} % bonus once the target is met · repay by {day}</source>
        <translation>{price} por participación · bonificación del {bonus} % cuando se alcance la meta · devolver antes del {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{status} · started by {steward} on {day}</source>
        <translation>{status} · lo empezó {steward} el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+30"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>answers: {need}</source>
        <translation>responde a: {need}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting the ledger…</source>
        <translation>Contando las cuentas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in: {money} · {sold} of {offered} stakes sold · repaid: {repaid}</source>
        <translation>Dinero recibido: {money} · {sold} de {offered} participaciones vendidas · devuelto: {repaid}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n entry(ies) about this project are not counted: see Needs review.</source>
        <translation>
            <numerusform>%n anotación sobre este proyecto no se cuenta: mira Pendiente de revisar.</numerusform>
            <numerusform>%n anotaciones sobre este proyecto no se cuentan: mira Pendiente de revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No verifiers named: the target counts as met once a report shows it.</source>
        <translation>No hay personas verificadoras: la meta cuenta como alcanzada en cuanto un informe lo muestre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target confirmed by {count} of the {needed} verifiers needed: {who}</source>
        <translation>Meta confirmada por {count} de las {needed} personas verificadoras necesarias: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target not yet confirmed: {count} of the {needed} verifiers needed have signed ({who})</source>
        <translation>Meta aún sin confirmar: han firmado {count} de las {needed} personas verificadoras necesarias ({who})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{amount} (past the repay-by day)</source>
        <translation>{amount} (pasada la fecha de devolución)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>once the target is confirmed</source>
        <translation>cuando se confirme la meta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day}: {value} {unit}, reported by {name}</source>
        <translation>{day}: {value} {unit}, informado por {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started by {name}</source>
        <translation>Lo empezó {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress: {value} {unit}</source>
        <translation>Avance: {value} {unit}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name} bought %n stake(s) for {amount}</source>
        <translation>
            <numerusform>{name} compró %n participación por {amount}</numerusform>
            <numerusform>{name} compró %n participaciones por {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} confirmed the target: {value} {unit} — “{note}”</source>
        <translation>{name} confirmó la meta: {value} {unit} — «{note}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} repaid {other} {amount}</source>
        <translation>{name} devolvió {amount} a {other}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History (the newest {shown} of {total})</source>
        <translation>Historial (los {shown} más recientes de {total})</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/projects_view.py" line="+65"/>
        <source>Which community&apos;s projects to show</source>
        <translation>De qué comunidad mostrar los proyectos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money in</source>
        <translation>Dinero recibido</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+54"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The community&apos;s projects; choose one to see its page</source>
        <translation>Los proyectos de la comunidad; elige uno para ver su página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose a project with a social-benefit target</source>
        <translation>Proponer un proyecto con una meta de beneficio social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy stakes…</source>
        <translation>Comprar participaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy stakes</source>
        <translation>Comprar participaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy stakes in the chosen project</source>
        <translation>Comprar participaciones en el proyecto elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add progress report…</source>
        <translation>Añadir informe de avance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add progress report</source>
        <translation>Añadir informe de avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how far the chosen project has come</source>
        <translation>Contar cuánto ha avanzado el proyecto elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a repayment…</source>
        <translation>Anotar una devolución…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a repayment</source>
        <translation>Anotar una devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the project&apos;s steward, record what you paid back to a stakeholder</source>
        <translation>Como responsable del proyecto, anota lo que has devuelto a un participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the target…</source>
        <translation>Confirmar la meta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the target</source>
        <translation>Confirmar la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As one of the project&apos;s verifiers, sign that it has met its target</source>
        <translation>Como persona verificadora del proyecto, firma que ha alcanzado su meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Neighbours fund projects by buying stakes, and are repaid — with a bonus once the project has met its target.</source>
        <translation>El vecindario financia proyectos comprando participaciones, y recupera su dinero, con una bonificación cuando el proyecto alcanza su meta.</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{done} of {target} {unit}</source>
        <translation>{done} de {target} {unit}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Project proposed: {title}.</source>
        <translation>Proyecto propuesto: {title}.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>You bought %n stake(s) in {title}.</source>
        <translation>
            <numerusform>Compraste %n participación en {title}.</numerusform>
            <numerusform>Compraste %n participaciones en {title}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="-150"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vote</source>
        <translation>Abrir la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the proposal; every member now may vote on it until the deadline</source>
        <translation>Compartir la propuesta; desde ahora cada miembro puede votarla hasta la fecha límite</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>What the money is for, in a few words</source>
        <translation>Para qué es el dinero, en pocas palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Why, and who will be paid</source>
        <translation>Por qué, y a quién se le pagará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the purse would pay out</source>
        <translation>Cuánto pagaría el fondo común</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Voting closes</source>
        <translation>La votación se cierra</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>When voting closes (your local time)</source>
        <translation>Cuándo se cierra la votación (tu hora local)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>How many of the %n member(s) must vote (abstaining counts); at least a quarter</source>
        <translation>
            <numerusform>Cuántos de los miembros (%n) deben votar (abstenerse cuenta); al menos una cuarta parte</numerusform>
            <numerusform>Cuántos de los %n miembros deben votar (abstenerse cuenta); al menos una cuarta parte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {minimum} of {members}: a quarter of the members, who are the voters.</source>
        <translation>Al menos {minimum} de {members}: una cuarta parte de los miembros, que son quienes votan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The share of yes among yes and no votes needed</source>
        <translation>La proporción de síes entre los votos a favor y en contra que hace falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Keep results hidden until the deadline</source>
        <translation>Mantener los resultados ocultos hasta la fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each vote is sealed until voting closes, so nobody sees how the vote is going; a voter&apos;s Commons opens their vote after the deadline</source>
        <translation>Cada voto queda sellado hasta que se cierra la votación, así que nadie ve cómo va; el Commons de cada persona abre su voto después de la fecha límite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title: say in a few words what the money is for.</source>
        <translation>Título: di en pocas palabras para qué es el dinero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose: say why, and who will be paid.</source>
        <translation>Propósito: di por qué, y a quién se le pagará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: enter more than 0.</source>
        <translation>Cantidad: pon más de 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: three capital letters, e.g. GBP or EUR.</source>
        <translation>Moneda: tres letras mayúsculas, p. ej., EUR o GBP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting closes: choose a time later than now.</source>
        <translation>La votación se cierra: elige una hora posterior a ahora.</translation>
    </message>
</context>
<context>
    <name>PulseText</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/pulse_text.py" line="+19"/>
        <source>Personal well-being (the four ONS questions)</source>
        <translation>Bienestar personal (las cuatro preguntas de la ONS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well-being index (WHO-5)</source>
        <translation>Índice de bienestar (OMS-5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <translation>En general, ¿cuánta satisfacción sientes con tu vida hoy en día?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall, to what extent do you feel the things you do in your life are worthwhile?</source>
        <translation>En general, ¿hasta qué punto sientes que las cosas que haces en tu vida merecen la pena?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall, how happy did you feel yesterday?</source>
        <translation>En general, ¿cuánta felicidad sentiste ayer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall, how anxious did you feel yesterday?</source>
        <translation>En general, ¿cuánta ansiedad sentiste ayer?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last two weeks, I have felt cheerful and in good spirits.</source>
        <translation>En las dos últimas semanas, me he sentido con alegría y de buen humor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I have felt calm and relaxed.</source>
        <translation>En las dos últimas semanas, he sentido calma y tranquilidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I have felt active and vigorous.</source>
        <translation>En las dos últimas semanas, he sentido actividad y energía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, I woke up feeling fresh and rested.</source>
        <translation>En las dos últimas semanas, me he despertado con frescura y descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the last two weeks, my daily life has been filled with things that interest me.</source>
        <translation>En las dos últimas semanas, mi vida diaria ha estado llena de cosas que me interesan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At no time</source>
        <translation>En ningún momento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of the time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at all anxious</source>
        <translation>Nada de ansiedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completely anxious</source>
        <translation>Ansiedad total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all</source>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completely</source>
        <translation>Totalmente</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of {total} people have answered so far. Answers go out, masked, once everyone has.</source>
        <translation>
            <numerusform>Por ahora ha respondido %n de {total} personas. Las respuestas salen, enmascaradas, cuando haya respondido todo el mundo.</numerusform>
            <numerusform>Por ahora han respondido %n de {total} personas. Las respuestas salen, enmascaradas, cuando haya respondido todo el mundo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of {total} people&apos;s masked answers are in.</source>
        <translation>
            <numerusform>Ha llegado la respuesta enmascarada de %n de {total} personas.</numerusform>
            <numerusform>Han llegado las respuestas enmascaradas de %n de {total} personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n people answered. Only the averages below are known, nobody&apos;s own answers.</source>
        <translation>
            <numerusform>Respondió la única persona. Solo se conocen las medias de abajo, no las respuestas de nadie.</numerusform>
            <numerusform>Respondieron las %n personas. Solo se conocen las medias de abajo, no las respuestas de nadie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Closed with %n of {total} answers in, so no result: it can be run again without those who did not answer.</source>
        <translation>
            <numerusform>Se cerró con %n de {total} respuestas, así que no hay resultado: se puede repetir sin quienes no respondieron.</numerusform>
            <numerusform>Se cerró con %n de {total} respuestas, así que no hay resultado: se puede repetir sin quienes no respondieron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run again without those who did not answer (see the newer round).</source>
        <translation>Se repitió sin quienes no respondieron (mira la ronda más reciente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone answered, but the result is not shown: set beside an earlier result from almost the same people, it could give away someone&apos;s answers.</source>
        <translation>Respondió todo el mundo, pero el resultado no se muestra: comparado con un resultado anterior de casi las mismas personas, podría delatar las respuestas de alguien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The masked answers did not add up (someone&apos;s app sent a broken one), so there is no result.</source>
        <translation>Las respuestas enmascaradas no cuadraron (la aplicación de alguien envió una defectuosa), así que no hay resultado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mean} out of {top} · {question}</source>
        <translation>{mean} de {top} · {question}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Well-being index: {index} out of 100.</source>
        <translation>Índice de bienestar: {index} de 100.</translation>
    </message>
</context>
<context>
    <name>PulseView</name>
    <message>
        <location filename="../../src/commons_desktop/features/pulse/pulse_view.py" line="+44"/>
        <source>Which community&apos;s well-being rounds to show</source>
        <translation>De qué comunidad mostrar las rondas de bienestar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new round…</source>
        <translation>Abrir una ronda nueva…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new round</source>
        <translation>Abrir una ronda nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask people who agreed to take part how they are doing</source>
        <translation>Preguntar cómo están a las personas que aceptaron participar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Well-being rounds</source>
        <translation>Rondas de bienestar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every round in this community, newest first</source>
        <translation>Todas las rondas de esta comunidad, la más reciente primero</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wellbeing pulse</source>
        <translation>Pulso del bienestar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the neighbourhood is doing, without anyone&apos;s own answers ever leaving their computer: only averages, and only when at least five people answered.</source>
        <translation>Cómo está el vecindario, sin que las respuestas de nadie salgan nunca de su ordenador: solo medias, y solo cuando han respondido al menos cinco personas.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Sync is not running, so there are no well-being rounds to show.</source>
        <translation>La sincronización no está en marcha, así que no hay rondas de bienestar que mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not part of a community yet.</source>
        <translation>Todavía no formas parte de ninguna comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No well-being rounds in this community yet.</source>
        <translation>Todavía no hay rondas de bienestar en esta comunidad.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n round(s) open for answers.</source>
        <translation>
            <numerusform>%n ronda abierta para responder.</numerusform>
            <numerusform>%n rondas abiertas para responder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No round is open just now.</source>
        <translation>Ahora mismo no hay ninguna ronda abierta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {opened} by {who} · closes {closes}</source>
        <translation>Abierta el {opened} por {who} · se cierra el {closes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run it again without those who did not answer</source>
        <translation>Repetirla sin quienes no respondieron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your masked answers are in.</source>
        <translation>Tus respuestas enmascaradas ya están.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer privately…</source>
        <translation>Responder en privado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send my masked answers</source>
        <translation>Enviar mis respuestas enmascaradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You answered. Your answers go out, masked, once everyone has.</source>
        <translation>Ya respondiste. Tus respuestas salen, enmascaradas, cuando haya respondido todo el mundo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new round is open for those who answered.</source>
        <translation>Hay una ronda nueva abierta para quienes respondieron.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keeping your answers and sending them masked…</source>
        <translation>Guardando tus respuestas y enviándolas enmascaradas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer; only a masked form was shared.</source>
        <translation>Tus respuestas se guardan en este ordenador; solo se compartió una forma enmascarada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The round is open. The people on it see it once their computers sync.</source>
        <translation>La ronda está abierta. Las personas incluidas la ven cuando sus ordenadores se sincronizan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That did not work: {reason}</source>
        <translation>No funcionó: {reason}</translation>
    </message>
</context>
<context>
    <name>PurseView</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_view.py" line="+74"/>
        <source>Which community&apos;s purse to show</source>
        <translation>De qué comunidad mostrar el fondo común</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What happened to what you last did</source>
        <translation>Qué pasó con lo último que hiciste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Common purse and votes</source>
        <translation>Fondo común y votaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money the community holds together. Anyone may deposit; it is spent only on a proposal the members voted for.</source>
        <translation>Dinero que la comunidad guarda en común. Cualquiera puede ingresar; solo se gasta en una propuesta que los miembros han votado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Your vote</source>
        <translation>Tu voto</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals to spend from the purse, open ones first</source>
        <translation>Propuestas para gastar del fondo común, las abiertas primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit…</source>
        <translation>Ingresar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Deposit</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Pay into the common purse</source>
        <translation>Ingresar dinero en el fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal…</source>
        <translation>Nueva propuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Propose spending from the purse</source>
        <translation>Proponer un gasto del fondo común</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount, purpose, deadline, quorum and threshold</source>
        <translation>Cantidad, propósito, fecha límite, quórum y umbral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Resultado de la votación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The votes counted and the turnout</source>
        <translation>Los votos contados y la participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your vote stands</source>
        <translation>Cómo está tu voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote yes</source>
        <translation>Votar sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote for this proposal</source>
        <translation>Votar a favor de esta propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote no</source>
        <translation>Votar no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote against this proposal</source>
        <translation>Votar en contra de esta propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstenerse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count towards the quorum without taking a side</source>
        <translation>Contar para el quórum sin tomar partido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay out this proposal from the purse</source>
        <translation>Pagar esta propuesta con el fondo común</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purse history</source>
        <translation>Historial del fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits and withdrawals the ledger counts, newest first</source>
        <translation>Ingresos y retiradas que cuentan las cuentas, lo más reciente primero</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+126"/>
        <source>Deposits and withdrawals</source>
        <translation>Ingresos y retiradas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Loading the purse…</source>
        <translation>Cargando el fondo común…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deposits and withdrawals: the newest {shown} of {total}</source>
        <translation>Ingresos y retiradas: los {shown} más recientes de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The purse holds {held}.</source>
        <translation>El fondo común tiene {held}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purse is empty: nothing has been deposited yet.</source>
        <translation>El fondo común está vacío: todavía no se ha ingresado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your vote is wanted on %n proposal(s).</source>
        <translation>
            <numerusform>Se espera tu voto en %n propuesta.</numerusform>
            <numerusform>Se espera tu voto en %n propuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal for “{title}”</source>
        <translation>Retirada para «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No proposal yet. Propose what the purse should pay for.</source>
        <translation>Todavía no hay propuestas. Propón para qué debería pagar el fondo común.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give your name on the Community screen to vote: a vote names its member.</source>
        <translation>Pon tu nombre en la pantalla Comunidad para votar: un voto nombra a su miembro.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your vote is sealed, signed and shared: it stays hidden until voting closes.</source>
        <translation>Tu voto está sellado, firmado y compartido: queda oculto hasta que se cierre la votación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vote is signed and shared.</source>
        <translation>Tu voto está firmado y compartido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deposit recorded and signed.</source>
        <translation>Ingreso anotado y firmado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposal shared: voting is open.</source>
        <translation>Propuesta compartida: la votación está abierta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paid out and recorded.</source>
        <translation>Pagado y anotado.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_text.py" line="+28"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{amount} for: {purpose}
Voting closes {deadline}.
Quorum: {quorum} of {voters} voters must vote (the least allowed is {minimum}, a quarter). Threshold: {threshold}% of yes and no votes must be yes.</source>
        <translation>{amount} para: {purpose}
La votación se cierra el {deadline}.
Quórum: tienen que votar {quorum} de las {voters} personas con voto (lo mínimo permitido es {minimum}, una cuarta parte). Umbral: el {threshold} % de los votos a favor y en contra tiene que ser sí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results stay hidden until voting closes: each vote is sealed, and opened by its voter&apos;s Commons after the deadline.</source>
        <translation>Los resultados quedan ocultos hasta que se cierra la votación: cada voto está sellado y lo abre el Commons de quien votó después de la fecha límite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{yes} yes, {no} no, {abstain} abstaining</source>
        <translation>{yes} a favor, {no} en contra, {abstain} abstenciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turnout: {turnout} of {voters} eligible voters ({percent}%).</source>
        <translation>Participación: {turnout} de {voters} personas con voto ({percent} %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voting is open. Results are hidden until {deadline}.</source>
        <translation>La votación está abierta. Los resultados están ocultos hasta el {deadline}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voting is open. Counted so far: {counts}.</source>
        <translation>La votación está abierta. Contados hasta ahora: {counts}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Voting has closed. Waiting for %n sealed vote(s) to be opened, until {until}. Opened so far:</source>
        <translation>
            <numerusform>La votación ha terminado. Esperando a que se abra %n voto sellado, hasta {until}. Abiertos hasta ahora:</numerusform>
            <numerusform>La votación ha terminado. Esperando a que se abran %n votos sellados, hasta {until}. Abiertos hasta ahora:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passed: {counts}.</source>
        <translation>Aprobada: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purse has paid it out.</source>
        <translation>El fondo común ya la ha pagado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not passed: too few voted (the quorum was {quorum}).</source>
        <translation>No aprobada: votaron muy pocas personas (el quórum era {quorum}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not passed: fewer than {threshold}% of yes and no votes were yes.</source>
        <translation>No aprobada: menos del {threshold} % de los votos a favor y en contra fueron sí.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n sealed vote(s) were never opened in time: they count toward turnout and the quorum, not yes or no.</source>
        <translation>
            <numerusform>%n voto sellado no se abrió a tiempo: cuenta para la participación y el quórum, no como sí ni como no.</numerusform>
            <numerusform>%n votos sellados no se abrieron a tiempo: cuentan para la participación y el quórum, no como sí ni como no.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Opened, waiting for another member&apos;s Commons to receive the opening: %n sealed vote(s).</source>
        <translation>
            <numerusform>Abierto, a la espera de que el Commons de otro miembro reciba la apertura: %n voto sellado.</numerusform>
            <numerusform>Abiertos, a la espera de que el Commons de otro miembro reciba la apertura: %n votos sellados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Of those, opened but not received by another member&apos;s Commons in time: %n sealed vote(s).</source>
        <translation>
            <numerusform>De ellos, abierto pero no recibido a tiempo por el Commons de otro miembro: %n voto sellado.</numerusform>
            <numerusform>De ellos, abiertos pero no recibidos a tiempo por el Commons de otro miembro: %n votos sellados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reasons given for no:</source>
        <translation>Motivos dados para el no:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open, results hidden</source>
        <translation>abierta, resultados ocultos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening sealed votes</source>
        <translation>abriendo los votos sellados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed, paid out</source>
        <translation>aprobada, pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not passed</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You were not a member when this proposal opened, so you do not vote on it.</source>
        <translation>No eras miembro cuando se abrió esta propuesta, así que no la votas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>You have not voted yet.</source>
        <translation>Todavía no has votado.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>You did not vote.</source>
        <translation>No votaste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vote ({choice}) is counted.</source>
        <translation>Tu voto ({choice}) se ha contado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vote ({choice}) is waiting for a neighbour to receive it: it counts once another member&apos;s Commons has it before voting closes.</source>
        <translation>Tu voto ({choice}) está esperando a que alguien del vecindario lo reciba: cuenta en cuanto el Commons de otro miembro lo tenga antes de que se cierre la votación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vote ({choice}) was late: no neighbour received it before voting closed.</source>
        <translation>Tu voto ({choice}) llegó tarde: nadie del vecindario lo recibió antes de que se cerrara la votación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your vote ({choice}) is not counted: {reason}</source>
        <translation>Tu voto ({choice}) no se cuenta: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You voted {choice} — sealed until {deadline}.</source>
        <translation>Tu voto ({choice}) está sellado hasta el {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You voted {choice} — sealed until voting closes.</source>
        <translation>Tu voto ({choice}) está sellado hasta que se cierre la votación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It counts once another member&apos;s Commons has it before voting closes.</source>
        <translation>Cuenta en cuanto el Commons de otro miembro lo tenga antes de que se cierre la votación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a voter</source>
        <translation>sin voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{choice}, sealed</source>
        <translation>{choice}, sellado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{choice}, counted</source>
        <translation>{choice}, contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, waiting for a neighbour</source>
        <translation>{choice}, esperando al vecindario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, late</source>
        <translation>{choice}, tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice}, not counted</source>
        <translation>{choice}, no contado</translation>
    </message>
</context>
<context>
    <name>ReminderFlow</name>
    <message>
        <location filename="../../src/commons_desktop/shell/reminder_flow.py" line="+123"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time for your check-in</source>
        <translation>Es la hora de tu registro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commons is still running</source>
        <translation>Commons sigue en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commons stays in the tray to remind you. Choose Quit in its menu to close it.</source>
        <translation>Commons se queda en la bandeja del sistema para recordártelo. Elige Salir en su menú para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>RepaymentForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="+15"/>
        <source>Repay a stakeholder of {title}</source>
        <translation>Devolver dinero a un participante de {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repayment</source>
        <translation>Anotar la devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what you paid back, signed by this computer</source>
        <translation>Anotar lo que has devuelto, firmado por este ordenador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — owed {amount}</source>
        <translation>{name} — se le debe {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholder</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who you repaid</source>
        <translation>A quién has devuelto el dinero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much you paid back</source>
        <translation>Cuánto has devuelto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it was paid, e.g. bank transfer (optional)</source>
        <translation>Cómo se pagó, p. ej., transferencia bancaria (opcional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stakeholder: nobody holds stakes in this project yet.</source>
        <translation>Participante: todavía nadie tiene participaciones en este proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: repay more than 0.</source>
        <translation>Cantidad: devuelve más de 0.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_cells.py" line="+47"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_charts.py" line="+36"/>
        <source>Green: money in. Orange: money out.</source>
        <translation>Verde: dinero que entra. Naranja: dinero que sale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Green: confirmed by its verifiers. Blue: not confirmed yet. The dashed line is the target.</source>
        <translation>Verde: confirmado por sus personas verificadoras. Azul: aún sin confirmar. La línea discontinua es la meta.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Money per month ({currency})</source>
        <translation>Dinero por mes ({currency})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+99"/>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+0"/>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{month}: in {money_in}, out {money_out}</source>
        <translation>{month}: entrada {money_in}, salida {money_out}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress toward each target (%)</source>
        <translation>Avance hacia cada meta (%)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title}: {progress} of {target} {unit}</source>
        <translation>{title}: {progress} de {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_choices.py" line="+51"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+12"/>
        <source>Money in and out</source>
        <translation>Dinero que entra y sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+76"/>
        <source>Stakes and repayments</source>
        <translation>Participaciones y devoluciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+74"/>
        <source>Lending circle rounds</source>
        <translation>Rondas de los círculos de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+55"/>
        <source>Purse decisions</source>
        <translation>Decisiones del fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+47"/>
        <source>Hours (time credits)</source>
        <translation>Horas (créditos de tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+36"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="+375"/>
        <source>Progress toward each target</source>
        <translation>Avance hacia cada meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in and out, by kind</source>
        <translation>Dinero que entra y sale, por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who paid what, entry by entry</source>
        <translation>Quién pagó qué, anotación por anotación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakes sold, principal and bonus repaid</source>
        <translation>Participaciones vendidas, capital y bonificación devueltos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="-177"/>
        <source>Who holds stakes and was repaid</source>
        <translation>Quién tiene participaciones y a quién se le devolvió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each round: pot, paid in, complete</source>
        <translation>Cada ronda: bote, pagos, completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who received each pot and paid in</source>
        <translation>Quién recibió cada bote y quién aportó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each proposal: votes and turnout</source>
        <translation>Cada propuesta: votos y participación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who voted yes or abstained (those who voted no are never named)</source>
        <translation>Quién votó sí o se abstuvo (a quienes votaron no nunca se les nombra)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours given and transfers</source>
        <translation>Horas dadas y transferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+148"/>
        <source>Hours each member gave and received</source>
        <translation>Horas que cada miembro dio y recibió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress, target and whether it is confirmed</source>
        <translation>Avance, meta y si está confirmada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which verifiers confirmed</source>
        <translation>Qué personas verificadoras confirmaron</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="+80"/>
        <source>Wellbeing pulse</source>
        <translation>Pulso del bienestar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds held and shown</source>
        <translation>Rondas hechas y mostradas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Public, itemised</source>
        <translation>Público, al detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only as a total</source>
        <translation>Solo como total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Fuera del informe</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_files.py" line="+65"/>
        <location line="+51"/>
        <source>Report for funders: {community}</source>
        <translation>Informe para financiadores: {community}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{start} to {end} · {scope}</source>
        <translation>Del {start} al {end} · {scope}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on {day} with Commons, from the community&apos;s signed ledger.</source>
        <translation>Preparado el {day} con Commons, a partir de las cuentas firmadas de la comunidad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything is left out: the report is empty.</source>
        <translation>Todo queda fuera: el informe está vacío.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing in this range.</source>
        <translation>Nada en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/report_tables.py" line="-361"/>
        <location line="+154"/>
        <source>Stakes bought</source>
        <translation>Participaciones compradas</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Purse deposits</source>
        <translation>Ingresos en el fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle contributions</source>
        <translation>Aportaciones a círculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayments</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purse withdrawals</source>
        <translation>Retiradas del fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle payouts</source>
        <translation>Repartos de círculos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+20"/>
        <source>In or out</source>
        <translation>Entrada o salida</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <location line="+37"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+150"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Who paid what</source>
        <translation>Quién pagó qué</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom</source>
        <translation>A quién</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only as totals: %n member(s) took part; no one is named.</source>
        <translation>
            <numerusform>Solo como totales: participó %n miembro; no se nombra a nadie.</numerusform>
            <numerusform>Solo como totales: participaron %n miembros; no se nombra a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stakes sold</source>
        <translation>Participaciones vendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Recaudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal repaid</source>
        <translation>Capital devuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus repaid</source>
        <translation>Bonificación devuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <location line="+10"/>
        <location line="+152"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+231"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+139"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaid</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which bonus</source>
        <translation>De ello, bonificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members who bought stakes</source>
        <translation>Miembros que compraron participaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members repaid</source>
        <translation>Miembros a quienes se devolvió</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>Only as totals: no one is named.</source>
        <translation>Solo como totales: no se nombra a nadie.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pot</source>
        <translation>Bote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in</source>
        <translation>Han aportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rounds complete</source>
        <translation>Rondas completas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in complete rounds</source>
        <translation>Recibido en rondas completas</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Receives the pot</source>
        <translation>Recibe el bote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who paid in</source>
        <translation>Quién aportó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{paid} of {members}</source>
        <translation>{paid} de {members}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rounds due</source>
        <translation>Rondas previstas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>voting open</source>
        <translation>votación abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed, paid out</source>
        <translation>aprobada, pagada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not passed</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting closed</source>
        <translation>Cierre de la votación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="-297"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voted yes</source>
        <translation>Votaron sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abstained</source>
        <translation>Se abstuvieron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{turnout} of {voters} ({percent} %)</source>
        <translation>{turnout} de {voters} ({percent} %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time given</source>
        <translation>Tiempo dado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gave</source>
        <translation>Dio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members who gave</source>
        <translation>Miembros que dieron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members who received</source>
        <translation>Miembros que recibieron</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="+46"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of target</source>
        <translation>Parte de la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by</source>
        <translation>Confirmada por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({confirmed} of {needed} verifiers needed)</source>
        <translation>({confirmed} de las {needed} personas verificadoras necesarias)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Targets reached</source>
        <translation>Metas alcanzadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets confirmed</source>
        <translation>Metas confirmadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results shown</source>
        <translation>Resultados mostrados</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/reports/reports_view.py" line="-49"/>
        <source>What the files will hold</source>
        <translation>Lo que contendrán los archivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report as it will be exported</source>
        <translation>El informe tal como se exportará</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened to what you last did</source>
        <translation>Qué pasó con lo último que hiciste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports for funders</source>
        <translation>Informes para financiadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the community raised, spent, repaid and achieved over a period, from its signed ledger. Choose what goes into the files before you export them: nobody is named unless you say so.</source>
        <translation>Lo que la comunidad recaudó, gastó, devolvió y logró en un periodo, a partir de sus cuentas firmadas. Elige qué va en los archivos antes de exportarlos: no se nombra a nadie a menos que tú lo digas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which community to report on</source>
        <translation>De qué comunidad hacer el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The whole community, or one project</source>
        <translation>Toda la comunidad, o un proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day the report covers</source>
        <translation>El primer día que cubre el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day the report covers</source>
        <translation>El último día que cubre el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report, with its charts, as a PDF</source>
        <translation>Guardar el informe, con sus gráficos, como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report&apos;s tables as CSV files, one per table, in a new folder</source>
        <translation>Guardar las tablas del informe como archivos CSV, uno por tabla, en una carpeta nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Money per month</source>
        <translation>Dinero por mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+250"/>
        <source>Money in and out per month</source>
        <translation>Dinero que entra y sale cada mes</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Progress toward each project&apos;s target</source>
        <translation>Avance hacia la meta de cada proyecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What goes into the files</source>
        <translation>Qué va en los archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+97"/>
        <source>Whole community</source>
        <translation>Toda la comunidad</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The range ends before it starts: choose an end on or after the start.</source>
        <translation>El periodo termina antes de empezar: elige un final igual o posterior al inicio.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The range ends</source>
        <translation>El periodo termina</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a range to see the report.</source>
        <translation>Elige un periodo para ver el informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing happened in this range: choose another one to export a report.</source>
        <translation>No pasó nada en este periodo: elige otro para exportar un informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No money moved in this range.</source>
        <translation>No se movió dinero en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in: {money_in}. Money out: {money_out}.</source>
        <translation>Dinero que entra: {money_in}. Dinero que sale: {money_out}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{community} report.pdf</source>
        <translation>Informe de {community}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as a PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the PDF to {path} ({reason}). Nothing was written: choose another folder.</source>
        <translation>No se pudo guardar el PDF en {path} ({reason}). No se escribió nada: elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the report to {path}. The file is not encrypted: share it only as you chose.</source>
        <translation>Informe guardado en {path}. El archivo no está cifrado: compártelo solo como elegiste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing happened in this range, so there is nothing to export.</source>
        <translation>No pasó nada en este periodo, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still gathering who paid what: export again in a moment.</source>
        <translation>Todavía se está reuniendo quién pagó qué: vuelve a exportar dentro de un momento.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a folder for the report&apos;s CSV files</source>
        <translation>Elige una carpeta para los archivos CSV del informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save the CSV files in {path} ({reason}). Nothing was written: choose another folder.</source>
        <translation>No se pudieron guardar los archivos CSV en {path} ({reason}). No se escribió nada: elige otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Saved %n CSV file(s) in {path}. They are not encrypted: share them only as you chose.</source>
        <translation>
            <numerusform>Se guardó %n archivo CSV en {path}. No está cifrado: compártelo solo como elegiste.</numerusform>
            <numerusform>Se guardaron %n archivos CSV en {path}. No están cifrados: compártelos solo como elegiste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../../src/commons_desktop/features/review/review_text.py" line="+38"/>
        <source>someone outside the community</source>
        <translation>alguien de fuera de la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member ({id}…)</source>
        <translation>un miembro ({id}…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not here yet)</source>
        <translation>(todavía no ha llegado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}’s credit limit</source>
        <translation>Límite de crédito de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}’s role</source>
        <translation>Papel de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project ‘{title}’</source>
        <translation>Proyecto «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circle ‘{title}’</source>
        <translation>Círculo de préstamo «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal ‘{title}’</source>
        <translation>Propuesta «{title}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stake price</source>
        <translation>precio de la participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stakes offered</source>
        <translation>participaciones ofrecidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution per round</source>
        <translation>aportación por ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {field}</source>
        <translation>{what}: {field}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{h} h {m} min of time credit</source>
        <translation>{h} h {m} min de crédito de tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admin</source>
        <translation>persona administradora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value}, set by {name} on {when}</source>
        <translation>{value}, puesto por {name} el {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone who did not sign it</source>
        <translation>alguien que no lo firmó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (shown now)</source>
        <translation>{value} (es lo que se muestra ahora)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stake bought</source>
        <translation>Una participación comprada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repayment</source>
        <translation>Una devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle payment</source>
        <translation>Un pago del círculo de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle payout</source>
        <translation>Un reparto del círculo de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit into the common purse</source>
        <translation>Un ingreso en el fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A withdrawal from the common purse</source>
        <translation>Una retirada del fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time credit transfer</source>
        <translation>Una transferencia de créditos de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project&apos;s target confirmed</source>
        <translation>Una confirmación de la meta de un proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation of time credits received</source>
        <translation>Una confirmación de créditos de tiempo recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lending circle join</source>
        <translation>Una unión a un círculo de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation of a lending circle payment received</source>
        <translation>Una confirmación de un pago recibido en un círculo de préstamo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>sellado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raising money</source>
        <translation>recaudando dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under way</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target met</source>
        <translation>meta alcanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} of {amount} by {name} ({when}) is not counted: {why}.</source>
        <translation>{kind} de {amount}, de {name} ({when}), no se cuenta: {why}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}’s vote ({choice}) on ‘{title}’ is not counted: {why}.</source>
        <translation>El voto de {name} ({choice}) sobre «{title}» no se cuenta: {why}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A record could not be read and is left out ({path}): {why}.</source>
        <translation>Un dato no se pudo leer y se deja fuera ({path}): {why}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change by {name} was refused: {why}. It was never applied, and everything else keeps syncing.</source>
        <translation>Se rechazó un cambio de {name}: {why}. Nunca se aplicó, y todo lo demás sigue sincronizándose.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change by {name} is {why}.</source>
        <translation>Un cambio de {name}: {why}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of {name} stored on this computer was damaged. The last good copy was used instead: anything newer comes back from the other members the next time you sync.</source>
        <translation>La copia de {name} guardada en este ordenador estaba dañada. En su lugar se usó la última copia buena: lo más reciente vuelve desde los demás miembros la próxima vez que sincronices.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A community stored on this computer could not be opened. Nothing was deleted, and nothing from it is shown or sent until it opens again. Restart Commons; if it still does not open, keep this computer&apos;s data as it is and ask someone who helps with Commons in your neighbourhood.</source>
        <translation>No se pudo abrir una comunidad guardada en este ordenador. No se borró nada, y nada de ella se muestra ni se envía hasta que vuelva a abrirse. Reinicia Commons; si sigue sin abrirse, deja los datos de este ordenador tal como están y pide ayuda a alguien que ayude con Commons en tu barrio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details for whoever helps: {why}</source>
        <translation>Detalles para quien te ayude: {why}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/commons_desktop/features/review/review_view.py" line="+57"/>
        <source>Which community&apos;s review to show</source>
        <translation>De qué comunidad mostrar la revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Things to review</source>
        <translation>Cosas que revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything in this community that needs a look</source>
        <translation>Todo lo de esta comunidad que necesita un vistazo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs review</source>
        <translation>Pendiente de revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What in your community needs a person to look at it: values changed by two people at once, payments and votes the rules did not count, changes that were refused or are dated in the future, and copies that did not load.</source>
        <translation>Lo que en tu comunidad necesita que una persona lo mire: valores que dos personas cambiaron a la vez, pagos y votos que las reglas no contaron, cambios que se rechazaron o que tienen fecha futura, y copias que no se cargaron.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>this community</source>
        <translation>esta comunidad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sync is not running, so there is nothing to review.</source>
        <translation>La sincronización no está en marcha, así que no hay nada que revisar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community stored on this computer could not be opened.</source>
        <translation>No se pudo abrir una comunidad guardada en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not part of a community yet, so there is nothing to review.</source>
        <translation>Todavía no formas parte de ninguna comunidad, así que no hay nada que revisar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs review in {name}.</source>
        <translation>No hay nada que revisar en {name}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s) need review in {name}.</source>
        <translation>
            <numerusform>%n cosa necesita revisión en {name}.</numerusform>
            <numerusform>%n cosas necesitan revisión en {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed by two people at once</source>
        <translation>Cambiado por dos personas a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These were changed on two computers before they synced, so each copy holds both values. Choose the one to keep: everyone&apos;s copy then shows it.</source>
        <translation>Esto se cambió en dos ordenadores antes de sincronizarse, así que cada copia tiene los dos valores. Elige el que quieres conservar: entonces la copia de todo el mundo lo mostrará.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep this one</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this one: {value}</source>
        <translation>Conservar este: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value of {field} and replace the other</source>
        <translation>Conservar este valor de {field} y sustituir el otro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keeping the value you chose…</source>
        <translation>Conservando el valor que elegiste…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept. The other members see it once they sync.</source>
        <translation>Conservado. Los demás miembros lo verán cuando se sincronicen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not keep it: {reason}</source>
        <translation>No se pudo conservar: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not counted by the community&apos;s rules</source>
        <translation>No contado por las reglas de la comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These payments, votes or records are kept in the community, but the rules leave them out of balances and results. Talk to the person named if something looks wrong.</source>
        <translation>Estos pagos, votos o registros se guardan en la comunidad, pero las reglas los dejan fuera de los saldos y los resultados. Habla con la persona nombrada si algo no parece correcto.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>…and %n more not listed here.</source>
        <translation>
            <numerusform>…y %n más que no se muestra aquí.</numerusform>
            <numerusform>…y %n más que no se muestran aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes that were refused</source>
        <translation>Cambios que se rechazaron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone&apos;s computer sent changes they are not allowed to make. They were not applied on this computer.</source>
        <translation>El ordenador de alguien envió cambios que no tiene permitido hacer. No se aplicaron en este ordenador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes dated in the future</source>
        <translation>Cambios con fecha futura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone&apos;s computer sent changes dated later than now: its clock may be wrong. They are not applied until then, so they cannot hold back what everyone else writes meanwhile.</source>
        <translation>El ordenador de alguien envió cambios con una fecha posterior a ahora: puede que su reloj esté mal. No se aplican hasta entonces, así que no pueden frenar lo que escriben los demás mientras tanto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored copies that did not load</source>
        <translation>Copias guardadas que no se cargaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored on this computer could not be read as it was.</source>
        <translation>Lo que hay guardado en este ordenador no se pudo leer tal como estaba.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/people_panel.py" line="-386"/>
        <location line="+13"/>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Cambiar papel</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Admin: invites, changes roles and removes people</source>
        <translation>Administración: invita, cambia papeles y quita personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member: takes part, but invites and removes no one</source>
        <translation>Miembro: participa, pero no invita ni quita a nadie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this person an admin of the community</source>
        <translation>Hacer que esta persona administre la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make this person a member, not an admin</source>
        <translation>Hacer que esta persona sea miembro, sin administrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the chosen role; every member sees it</source>
        <translation>Dar el papel elegido; todos los miembros lo ven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the role as it is</source>
        <translation>Dejar el papel como está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What should {name} be in {community}?</source>
        <translation>¿Qué papel debe tener {name} en {community}?</translation>
    </message>
</context>
<context>
    <name>ScanCameraButton</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/camera_join.py" line="-155"/>
        <source>Scan with camera…</source>
        <translation>Escanear con la cámara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by holding the invite&apos;s QR code up to this computer&apos;s camera</source>
        <translation>Unirte poniendo el código QR de la invitación delante de la cámara de este ordenador</translation>
    </message>
</context>
<context>
    <name>SectionsChooser</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/sections_chooser.py" line="+36"/>
        <source>Tick to let this supporter see this section</source>
        <translation>Márcalo para que esta persona de apoyo pueda ver esta sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save what they may see</source>
        <translation>&amp;Guardar lo que puede ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what they may see</source>
        <translation>Guardar lo que puede ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticked sections</source>
        <translation>Guardar las secciones marcadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What they may see</source>
        <translation>Lo que puede ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {name} may see</source>
        <translation>Lo que puede ver {name}</translation>
    </message>
</context>
<context>
    <name>ServiceClient</name>
    <message>
        <location filename="../../src/commons_desktop/service_client.py" line="+132"/>
        <source>Sync is not running: %1</source>
        <translation>La sincronización no está en marcha: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync is not running, so this cannot be done now.</source>
        <translation>La sincronización no está en marcha, así que ahora no se puede hacer esto.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sync is not running: the sync service stopped.</source>
        <translation>La sincronización no está en marcha: el servicio de sincronización se detuvo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/settings_dialog.py" line="+44"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock this profile after this many minutes without keyboard or mouse use (0 = never)</source>
        <translation>Bloquear este perfil tras estos minutos sin usar el teclado ni el ratón (0 = nunca)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours of the window while this profile is open</source>
        <translation>Colores de la ventana mientras este perfil está abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving locks Commons (a guest session ends) and opens it again in this language.</source>
        <translation>Al guardar, Commons se bloquea (una sesión de invitado termina) y se vuelve a abrir en este idioma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Bloquear tras inactividad de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Id&amp;ioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The passphrase you unlock with</source>
        <translation>La frase de contraseña con la que desbloqueas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few unrelated words work well</source>
        <translation>Unas cuantas palabras sin relación entre sí funcionan bien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat new passphrase</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the new one again</source>
        <translation>Escribe otra vez la nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hange passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-encrypt this profile under the new passphrase</source>
        <translation>Volver a cifrar este perfil con la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase change result</source>
        <translation>Resultado del cambio de frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent</source>
        <translation>Act&amp;ual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up or move this profile…</source>
        <translation>&amp;Hacer una copia o trasladar este perfil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up or move this profile</source>
        <translation>Hacer una copia o trasladar este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this profile to one encrypted file, to keep as a backup or open on another device</source>
        <translation>Guardar este perfil en un solo archivo cifrado, como copia de seguridad o para abrirlo en otro dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to another &amp;computer…</source>
        <translation>Enviar a otro &amp;ordenador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to another computer</source>
        <translation>Enviar a otro ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this profile to your own computer on this network, with a one-time code</source>
        <translation>Trasladar este perfil a tu propio ordenador en esta red, con un código de un solo uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a recovery &amp;kit…</source>
        <translation>Imprimir un &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a recovery kit</source>
        <translation>Imprimir un kit de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF to keep on paper: this profile&apos;s name, its folder and how to restore a backup</source>
        <translation>Un PDF para guardar en papel: el nombre de este perfil, su carpeta y cómo restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup file holds your whole profile, encrypted. The recovery kit is a page to print and keep with your backup; it never contains your passphrase.</source>
        <translation>Una copia de seguridad contiene todo tu perfil, cifrado. El kit de recuperación es una página para imprimir y guardar junto a tu copia; nunca contiene tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup and recovery</source>
        <translation>Copia de seguridad y recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop-&amp;in mode for this computer</source>
        <translation>Modo &amp;acogida para este ordenador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop-in mode for this computer</source>
        <translation>Modo acogida para este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a laptop shared at a drop-in: guests first, no profile chosen, locks within 5 minutes</source>
        <translation>Para un portátil compartido en un centro de acogida: primero invitados, ningún perfil elegido, se bloquea en 5 minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a laptop that visitors share: the profile picker chooses no profile and offers a guest session first, every profile here locks after at most 5 minutes without use, and closing Commons always locks. Kept in a small unencrypted file that says nothing about anyone.</source>
        <translation>Para un portátil que comparten visitantes: la lista de perfiles no elige ninguno y ofrece primero una sesión de invitado, cada perfil de aquí se bloquea tras 5 minutos como mucho sin uso, y al cerrar Commons siempre se bloquea. Se guarda en un pequeño archivo sin cifrar que no dice nada de nadie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase to confirm deletion</source>
        <translation>Frase de contraseña para confirmar la eliminación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type your passphrase to confirm</source>
        <translation>Escribe tu frase de contraseña para confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete this profile…</source>
        <translation>&amp;Eliminar este perfil…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this profile</source>
        <translation>Eliminar este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and remove everything in this profile from this computer</source>
        <translation>Sobrescribir y quitar de este ordenador todo lo que hay en este perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletion result</source>
        <translation>Resultado de la eliminación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting overwrites and removes your plan, check-ins and everything else in this profile. It cannot be undone.</source>
        <translation>Al eliminar se sobrescribe y se quita tu plan, tus registros y todo lo demás de este perfil. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the auto-lock time, theme and language</source>
        <translation>Guardar el tiempo de bloqueo automático, el tema y el idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving the auto-lock time, theme and language</source>
        <translation>Cerrar sin guardar el tiempo de bloqueo automático, el tema ni el idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Delete this profile?</source>
        <translation>¿Eliminar este perfil?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything in this profile will be overwritten and removed from this computer. This cannot be undone.</source>
        <translation>Todo lo que hay en este perfil se sobrescribirá y se quitará de este ordenador. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-encrypting your profile…</source>
        <translation>Volviendo a cifrar tu perfil…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new passphrases do not match yet.</source>
        <translation>Las nuevas frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport all my data…</source>
        <translation>E&amp;xportar todos mis datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all my data</source>
        <translation>Exportar todos mis datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan, goals, check-ins, supporters and contributions as JSON and CSV files, not encrypted</source>
        <translation>Tu plan, metas, registros, personas de apoyo y aportaciones en archivos JSON y CSV, sin cifrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything personal, as JSON and CSV files that other programs can read. Not encrypted.</source>
        <translation>Todo lo personal, en archivos JSON y CSV que otros programas pueden leer. Sin cifrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in every day at</source>
        <translation>Recor&amp;darme el registro cada día a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily check-in reminder</source>
        <translation>Recordatorio diario del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short reminder at the time you choose, while Commons is running</source>
        <translation>Un breve recordatorio a la hora que elijas, mientras Commons esté en marcha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time of day for your reminder</source>
        <translation>La hora del día de tu recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing the window hides Commons in the system tray, so reminders still come; otherwise closing the window quits Commons and locks your profile</source>
        <translation>Al cerrar la ventana, Commons se oculta en la bandeja del sistema y los recordatorios siguen llegando; si no, cerrar la ventana sale de Commons y bloquea tu perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reminder says only “Time for your check-in”, never what you wrote.</source>
        <translation>Un recordatorio solo dice «Es la hora de tu registro», nunca lo que escribiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tray on this desktop: closing the window quits Commons.</source>
        <translation>Este escritorio no tiene bandeja del sistema: cerrar la ventana sale de Commons.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>StartJoinPage</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/start_join.py" line="+32"/>
        <source>e.g. Mill Road</source>
        <translation>p. ej., Calle del Molino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community name</source>
        <translation>Nombre de la comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name everyone in it will see</source>
        <translation>El nombre que verán todas las personas de la comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the people you invite will see you</source>
        <translation>Cómo te verán las personas que invites</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start community</source>
        <translation>Crear comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new community with you in it</source>
        <translation>Crear una comunidad nueva contigo dentro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: commons-relay://…</source>
        <translation>Opcional: commons-relay://…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A relay lets members who are not on your network sync; paste the address its operator gave you, or leave it empty</source>
        <translation>Un relé permite sincronizar a los miembros que no están en tu red; pega la dirección que te dio quien lo gestiona, o déjalo vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the invite text, or type the short code</source>
        <translation>Pega el texto de la invitación o escribe el código corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invite text or the short code you were given</source>
        <translation>El texto de la invitación o el código corto que te dieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. 192.168.1.20:50123</source>
        <translation>Opcional, p. ej., 192.168.1.20:50123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inviting computer&apos;s address</source>
        <translation>Dirección del ordenador que invita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the invite does not find the inviting computer by itself</source>
        <translation>Solo si la invitación no encuentra por sí sola el ordenador que invita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join the community this invite is for</source>
        <translation>Unirte a la comunidad de esta invitación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Community name:</source>
        <translation>Nombre de la comunidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay:</source>
        <translation>Relé:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if you have a relay, for members who are not on your network. It is checked first: if it refuses or does not answer, nothing is started.</source>
        <translation>Solo si tienes un relé, para los miembros que no están en tu red. Se comprueba primero: si lo rechaza o no responde, no se crea nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite:</source>
        <translation>Invitación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a community</source>
        <translation>Crear una comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join with an invite</source>
        <translation>Unirse con una invitación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the community a name, and yours.</source>
        <translation>Ponle un nombre a la comunidad, y el tuyo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is started. Invite your neighbours from “This community”.</source>
        <translation>«{name}» está creada. Invita a tu vecindario desde «Esta comunidad».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not started, nothing was saved: {reason}. Check the relay address, or leave it empty to start without a relay.</source>
        <translation>No se creó, no se guardó nada: {reason}. Comprueba la dirección del relé, o déjala vacía para crearla sin relé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reaching the relay…</source>
        <translation>Contactando con el relé…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a relay address: {reason}. Paste the whole line you were given, from commons-relay:// to the end, or leave it empty.</source>
        <translation>Esto no es una dirección de relé: {reason}. Pega la línea entera que te dieron, desde commons-relay:// hasta el final, o déjala vacía.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste the invite text, or type the short code you were given.</source>
        <translation>Pega el texto de la invitación o escribe el código corto que te dieron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a web address, not a Commons invite. Paste the invite text (it starts with COMMONS-INVITE:) or type the short code.</source>
        <translation>Esto es una dirección web, no una invitación de Commons. Pega el texto de la invitación (empieza por COMMONS-INVITE:) o escribe el código corto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Joined. The community&apos;s records arrive in a moment.</source>
        <translation>Te has unido. Los registros de la comunidad llegarán en un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not join: {reason}</source>
        <translation>No se pudo unir: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining… this can take up to half a minute.</source>
        <translation>Uniéndote… puede tardar hasta medio minuto.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/strength_meter.py" line="+35"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How hard your passphrase would be to guess. It needs to be at least Strong.</source>
        <translation>Lo difícil que sería adivinar tu frase de contraseña. Tiene que ser al menos Sólida.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not set</source>
        <translation>Sin poner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few unrelated words make a passphrase that is long and memorable.</source>
        <translation>Unas cuantas palabras sin relación entre sí forman una frase de contraseña larga y fácil de recordar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good: this passphrase would be hard to guess.</source>
        <translation>Bien: esta frase de contraseña sería difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>SupportRelayPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_relay.py" line="+41"/>
        <location line="+37"/>
        <source>Relay for my support network</source>
        <translation>Relé para mi red de apoyo</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The relay address you were given; it starts with commons-relay:// and holds a password</source>
        <translation>La dirección del relé que te dieron; empieza por commons-relay:// y contiene una contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show relay address</source>
        <translation>Mostrar la dirección del relé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the address, password included</source>
        <translation>Mostrar la dirección, con la contraseña incluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save relay</source>
        <translation>Guardar relé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this relay for all your supporters</source>
        <translation>Usar este relé para todas tus personas de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove relay</source>
        <translation>Quitar relé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using this relay; supporters then get what you share only when you meet on a network</source>
        <translation>Dejar de usar este relé; así tus personas de apoyo reciben lo que compartes solo cuando os encontráis en una red</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>No relay saved: supporters get what you share only when your computers meet on a network. Your community&apos;s relay is not used for them.</source>
        <translation>No hay ningún relé guardado: tus personas de apoyo reciben lo que compartes solo cuando vuestros ordenadores se encuentran en una red. El relé de tu comunidad no se usa para ellas.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Lets supporters who are not on your network receive what you share. The relay stores only encrypted data.</source>
        <translation>Permite que las personas de apoyo que no están en tu red reciban lo que compartes. El relé solo guarda datos cifrados.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Paste the relay address first, or press Remove relay to stop using one.</source>
        <translation>Primero pega la dirección del relé, o pulsa Quitar relé para dejar de usar uno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a relay address: {reason}. Paste the whole line you were given, from commons-relay:// to the end.</source>
        <translation>Esto no es una dirección de relé: {reason}. Pega la línea entera que te dieron, desde commons-relay:// hasta el final.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This relay address is too long. Ask for one with fewer servers.</source>
        <translation>Esta dirección de relé es demasiado larga. Pide una con menos servidores.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved, but your supporters&apos; circles could not be changed: {reason} Save again later.</source>
        <translation>Guardado, pero no se pudieron cambiar los círculos de tus personas de apoyo: {reason} Vuelve a guardar más tarde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: your supporters&apos; circles use the relay at {servers}.</source>
        <translation>Guardado: los círculos de tus personas de apoyo usan el relé de {servers}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relay: {reason}</source>
        <translation>Relé: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay connected: what you share reaches supporters who are away.</source>
        <translation>Relé conectado: lo que compartes llega a las personas de apoyo que están lejos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is not running, so the relay cannot be changed now.</source>
        <translation>La sincronización no está en marcha, así que ahora no se puede cambiar el relé.</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/support_view.py" line="+60"/>
        <location line="+11"/>
        <source>Support network</source>
        <translation>Red de apoyo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Your supporters, and the people you support</source>
        <translation>Tus personas de apoyo, y las personas a las que apoyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My supporters</source>
        <translation>Mis personas de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People I support</source>
        <translation>Personas a las que apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scroll tabs</source>
        <translation>Desplazar pestañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more tabs</source>
        <translation>Mostrar más pestañas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you trust see only the parts of your plan you choose, and nothing else.</source>
        <translation>Las personas en quienes confías solo ven las partes de tu plan que elijas, y nada más.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Supporters</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a supporter to see what they may see</source>
        <translation>Elige una persona de apoyo para ver lo que puede ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the chosen supporter&apos;s name and details</source>
        <translation>Cambiar el nombre y los datos de la persona de apoyo elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen supporter (Delete); undo is offered</source>
        <translation>Quitar a la persona de apoyo elegida (Supr); se ofrece deshacerlo</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>{name} still has a circle with you. Stop sharing with them first, then remove them.</source>
        <translation>{name} todavía tiene un círculo contigo. Primero deja de compartir con esa persona y luego quítala.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} removed from your supporters.</source>
        <translation>{name} ya no está entre tus personas de apoyo.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No supporter chosen</source>
        <translation>Ninguna persona de apoyo elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone you trust, or choose one from the list.</source>
        <translation>Añade a alguien en quien confíes, o elige a alguien de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they see</source>
        <translation>Lo que ve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a supporter to see exactly what they see of your plan.</source>
        <translation>Elige una persona de apoyo para ver exactamente lo que ve de tu plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} sees</source>
        <translation>Lo que ve {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} sees nothing of your plan. Tick the sections they may see, then save.</source>
        <translation>{name} no ve nada de tu plan. Marca las secciones que puede ver y guarda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: exactly what this supporter receives</source>
        <translation>Solo lectura: exactamente lo que recibe esta persona de apoyo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not invited yet.</source>
        <translation>Todavía sin invitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, sharing {count} of {total} sections.</source>
        <translation>Invitada, comparte {count} de {total} secciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your request for support {time}: {status}</source>
        <translation>Tu petición de apoyo {time}: {status}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sync could not do that: {reason}</source>
        <translation>La sincronización no pudo hacerlo: {reason}</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <location filename="../../src/commons_desktop/support_words.py" line="+25"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your supporter</source>
        <translation>tu persona de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered to {name}&apos;s computer {time}.</source>
        <translation>Entregado en el ordenador de {name} {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left at the relay for {name} {time}: their computer collects it when their Commons next connects. Not confirmed as delivered yet.</source>
        <translation>Dejado en el relé para {name} {time}: su ordenador lo recoge la próxima vez que su Commons se conecte. Todavía sin confirmar la entrega.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for {name} — none of their devices is reachable; it will be sent when one of them is online, or when the relay is reachable.</source>
        <translation>Esperando a {name}: no se llega a ninguno de sus dispositivos; se enviará cuando uno esté en línea, o cuando se pueda llegar al relé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for {name} — none of their devices is reachable; it will be sent when one of them is online.</source>
        <translation>Esperando a {name}: no se llega a ninguno de sus dispositivos; se enviará cuando uno esté en línea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone you support</source>
        <translation>Alguien a quien apoyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} asked for support {time}.</source>
        <translation>{who} pidió apoyo {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commons</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone in your support network asked for support — open Commons.</source>
        <translation>Alguien de tu red de apoyo ha pedido apoyo: abre Commons.</translation>
    </message>
</context>
<context>
    <name>SupportedView</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/supported_view.py" line="+62"/>
        <source>People I support</source>
        <translation>Personas a las que apoyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose whose shared plan to read</source>
        <translation>Elige de quién leer el plan compartido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they share with you</source>
        <translation>Lo que comparte contigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: only they can change it</source>
        <translation>Solo lectura: solo esa persona puede cambiarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the invite text, or type the short code</source>
        <translation>Pega el texto de la invitación o escribe el código corto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invite someone gave you: its text or short code</source>
        <translation>La invitación que te dio alguien: su texto o su código corto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join with an invite…</source>
        <translation>&amp;Unirme con una invitación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join with an invite</source>
        <translation>Unirme con una invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the circle of someone you support</source>
        <translation>Unirte al círculo de alguien a quien apoyas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asked for support</source>
        <translation>Pidió apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;seen this</source>
        <translation>Ya lo he &amp;visto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have seen this</source>
        <translation>Ya lo he visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop showing this request here; a new one shows again</source>
        <translation>Dejar de mostrar aquí esta petición; si llega una nueva, se vuelve a mostrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Robin</source>
        <translation>p. ej., Robin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name to show for the person you chose</source>
        <translation>El nombre que se muestra para la persona que elegiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;name</source>
        <translation>Guardar &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show this name for them in the list</source>
        <translation>Mostrar este nombre para esta persona en la lista</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plans shared with you. You can read them, not change them.</source>
        <translation>Planes compartidos contigo. Puedes leerlos, no cambiarlos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone you support (circle {id})</source>
        <translation>Alguien a quien apoyas (círculo {id})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nobody shares a plan with you yet. When someone invites you, join with their invite below.</source>
        <translation>Todavía nadie comparte un plan contigo. Cuando alguien te invite, únete con su invitación aquí abajo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing is shared with you here: they have not shared anything yet, or stopped sharing.</source>
        <translation>Aquí no se comparte nada contigo: todavía no ha compartido nada, o dejó de compartir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone you support</source>
        <translation>Alguien a quien apoyas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asked for support ({moment}).</source>
        <translation>{name} pidió apoyo ({moment}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They wrote: “{message}”</source>
        <translation>Escribió: «{message}»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name saved.</source>
        <translation>Nombre guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the name: {reason}</source>
        <translation>No se pudo guardar el nombre: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste the invite text, or type the short code you were given.</source>
        <translation>Pega el texto de la invitación o escribe el código corto que te dieron.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joined. What they share shows here as it arrives.</source>
        <translation>Te has unido. Lo que comparta aparecerá aquí a medida que llegue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not join: {reason}</source>
        <translation>No se pudo unir: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining… this can take up to half a minute.</source>
        <translation>Uniéndote… puede tardar hasta medio minuto.</translation>
    </message>
</context>
<context>
    <name>SupporterForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/support/supporter_form.py" line="+32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supporter&apos;s name, as you call them</source>
        <translation>El nombre de la persona de apoyo, como tú la llamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. sister, friend, support worker</source>
        <translation>P. ej., hermana, amigo, trabajadora de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A phone number, an address, …</source>
        <translation>Un número de teléfono, una dirección, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>&amp;Add supporter</source>
        <translation>&amp;Añadir persona de apoyo</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop changing this supporter</source>
        <translation>Dejar de cambiar esta persona de apoyo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lationship</source>
        <translation>Re&amp;lación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;reach them</source>
        <translation>Cómo &amp;contactar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a supporter</source>
        <translation>Añadir una persona de apoyo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change {name}</source>
        <translation>Cambiar a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store this supporter</source>
        <translation>Guardar esta persona de apoyo</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/sync_panel.py" line="+39"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where this community&apos;s sync stands on this device</source>
        <translation>Cómo va la sincronización de esta comunidad en este dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices seen</source>
        <translation>Dispositivos vistos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each device this one has synced the community with, by which route, and when</source>
        <translation>Cada dispositivo con el que este ha sincronizado la comunidad, por qué vía y cuándo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync details</source>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What waits to be sent and the last exchange</source>
        <translation>Lo que espera a enviarse y el último intercambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What went wrong, and what to do about it</source>
        <translation>Qué salió mal y qué hacer al respecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No other device has been met yet.</source>
        <translation>Todavía no se ha encontrado ningún otro dispositivo.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../src/commons_desktop/shell/sync_status.py" line="+44"/>
        <source>Not syncing: nothing leaves this computer.</source>
        <translation>Sin sincronizar: nada sale de este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Syncing. Devices connected: {count}.</source>
        <translation>Sincronizando. Dispositivos conectados: {count}.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The sync service is running; no other device is connected.</source>
        <translation>El servicio de sincronización está en marcha; no hay ningún otro dispositivo conectado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relay: {reason}</source>
        <translation>Relé: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay connected: changes reach members who are away.</source>
        <translation>Relé conectado: los cambios llegan a los miembros que están lejos.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody was told: invite a supporter first (Support screen).</source>
        <translation>No se avisó a nadie: primero invita a una persona de apoyo (pantalla Apoyo).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent to the computers of %n supporter(s) connected now; Home shows when each confirms it.</source>
        <translation>
            <numerusform>Enviado al ordenador de %n persona de apoyo conectada ahora; Inicio muestra cuándo lo confirma.</numerusform>
            <numerusform>Enviado a los ordenadores de %n personas de apoyo conectadas ahora; Inicio muestra cuándo lo confirma cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Going through the relay to %n supporter(s): their computers collect it when their Commons next connects.</source>
        <translation>
            <numerusform>Va por el relé a %n persona de apoyo: su ordenador lo recoge la próxima vez que su Commons se conecte.</numerusform>
            <numerusform>Va por el relé a %n personas de apoyo: sus ordenadores lo recogen la próxima vez que su Commons se conecte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not sent yet to %n supporter(s): none of their computers is reachable and there is no relay. It is kept on this computer, even if Commons closes, and goes as soon as one of their computers is online while Commons is open here. If you need someone now, call them.</source>
        <translation>
            <numerusform>Todavía sin enviar a %n persona de apoyo: no se llega a su ordenador y no hay relé. Se guarda en este ordenador, aunque Commons se cierre, y sale en cuanto su ordenador esté en línea mientras Commons esté abierto aquí. Si necesitas a alguien ahora, llámale.</numerusform>
            <numerusform>Todavía sin enviar a %n personas de apoyo: no se llega a ninguno de sus ordenadores y no hay relé. Se guarda en este ordenador, aunque Commons se cierre, y sale en cuanto uno de sus ordenadores esté en línea mientras Commons esté abierto aquí. Si necesitas a alguien ahora, llámale.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not sent yet</source>
        <translation>Todavía sin enviar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone you support asked for support: see Support → People I support.</source>
        <translation>Alguien a quien apoyas pidió apoyo: mira Apoyo → Personas a las que apoyo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A community (arriving…)</source>
        <translation>Una comunidad (llegando…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../src/commons_desktop/sync_words.py" line="+30"/>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+146"/>
        <source>device {device}</source>
        <translation>dispositivo {device}</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>on this network</source>
        <translation>en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the relay</source>
        <translation>a través del relé</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{name} and %n other(s)</source>
        <translation>
            <numerusform>{name} y %n persona más</numerusform>
            <numerusform>{name} y %n personas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept on this computer only: the demo town is never synced.</source>
        <translation>Solo se guarda en este ordenador: el pueblo de demostración nunca se sincroniza.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Up to date with {names} {route}</source>
        <translation>Al día con {names} {route}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing waiting to be sent; no one is connected now (last exchange {when}).</source>
        <translation>Nada pendiente de enviar; ahora no hay nadie conectado (último intercambio {when}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting to be sent; no other device has been met yet.</source>
        <translation>Nada pendiente de enviar; todavía no se ha encontrado ningún otro dispositivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving the community: {percent} %</source>
        <translation>Recibiendo la comunidad: {percent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving the community from {name}…</source>
        <translation>Recibiendo la comunidad de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a copy of the community: no one who has it is connected.</source>
        <translation>Esperando una copia de la comunidad: no hay conectado nadie que la tenga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiving changes through the relay: {percent} %</source>
        <translation>Recibiendo cambios a través del relé: {percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receiving changes from {name}…</source>
        <translation>Recibiendo cambios de {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not up to date: {name} has changes this device has not received yet.</source>
        <translation>No está al día: {name} tiene cambios que este dispositivo todavía no ha recibido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not up to date: some changes wait for earlier ones to arrive.</source>
        <translation>No está al día: algunos cambios esperan a que lleguen otros anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not up to date: catching up with the relay…</source>
        <translation>No está al día: poniéndose al día con el relé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sending to {name} now</source>
        <translation>enviando ahora a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending through the relay</source>
        <translation>enviando a través del relé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no one is connected</source>
        <translation>no hay nadie conectado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent: {how}</source>
        <translation>
            <numerusform>%n cambio pendiente de enviar: {how}</numerusform>
            <numerusform>%n cambios pendientes de enviar: {how}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connected, up to date</source>
        <translation>conectado, al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected, exchanging changes</source>
        <translation>conectado, intercambiando cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last heard from {when}</source>
        <translation>última noticia {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen {when}</source>
        <translation>visto por última vez {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not seen yet</source>
        <translation>todavía sin ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}, {route}: {state}</source>
        <translation>{who}, {route}: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; has changes this device has not received yet</source>
        <translation>; tiene cambios que este dispositivo todavía no ha recibido</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) on this device not yet confirmed by anyone.</source>
        <translation>
            <numerusform>%n cambio en este dispositivo que todavía nadie ha confirmado.</numerusform>
            <numerusform>%n cambios en este dispositivo que todavía nadie ha confirmado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change on this device has reached someone.</source>
        <translation>Todos los cambios de este dispositivo han llegado a alguien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device holds everything the others have announced.</source>
        <translation>Este dispositivo tiene todo lo que los demás han anunciado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is still missing changes the others have announced.</source>
        <translation>A este dispositivo todavía le faltan cambios que los demás han anunciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last exchange with someone: {when}.</source>
        <translation>Último intercambio con alguien: {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchange with anyone yet.</source>
        <translation>Todavía no ha habido intercambio con nadie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relay: reached {when}.</source>
        <translation>Relé: contactado {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relay: cannot be reached now.</source>
        <translation>Relé: ahora no se puede contactar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay: not reached yet.</source>
        <translation>Relé: todavía sin contactar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} sent something this device refused, so the connection was closed. Nothing of it was applied; if it keeps happening, ask them to update Commons.</source>
        <translation>{name} envió algo que este dispositivo rechazó, así que se cerró la conexión. No se aplicó nada de ello; si sigue pasando, pídele que actualice Commons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device</source>
        <translation>Un dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay cannot be reached ({reason}). Changes are kept and go when it is back: check the internet connection, or ask whoever runs the relay.</source>
        <translation>No se puede contactar con el relé ({reason}). Los cambios se guardan y se enviarán cuando vuelva: comprueba la conexión a internet o pregunta a quien gestiona el relé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A message on the relay was refused ({reason}). Nothing of it was applied; if it keeps happening, tell the community&apos;s admins.</source>
        <translation>Se rechazó un mensaje del relé ({reason}). No se aplicó nada de él; si sigue pasando, avisa a quienes administran la comunidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the relay</source>
        <translation>el relé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) from {name} broke the rules.</source>
        <translation>
            <numerusform>%n cambio de {name} no cumplía las reglas.</numerusform>
            <numerusform>%n cambios de {name} no cumplían las reglas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They were set aside for review; nothing of them was applied.</source>
        <translation>Se apartaron para revisarlos; no se aplicó nada de ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy stored on this device did not load, so its last good copy is used. Stay connected: the others send what it lacks.</source>
        <translation>La copia guardada en este dispositivo no se cargó, así que se usa su última copia buena. Sigue conectado: los demás enviarán lo que falta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Membership changed and an admin must issue a new key before this device can send. Your changes are kept; ask an admin to open Commons.</source>
        <translation>Los miembros cambiaron y una persona administradora tiene que emitir una clave nueva antes de que este dispositivo pueda enviar. Tus cambios se guardan; pide a una persona administradora que abra Commons.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/undo_bar.py" line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what was just removed (Ctrl+Z)</source>
        <translation>Volver a poner lo que se acaba de quitar (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message; the removal stays</source>
        <translation>Ocultar este mensaje; lo quitado sigue quitado</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../src/commons_desktop/shell/unlock_view.py" line="+43"/>
        <source>Unlock your profile</source>
        <translation>Desbloquea tu perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your profile and type its passphrase.</source>
        <translation>Elige tu perfil y escribe su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles on this computer</source>
        <translation>Perfiles en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profiles kept on this computer. Pick yours.</source>
        <translation>Los perfiles guardados en este ordenador. Elige el tuyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rofile</source>
        <translation>Pe&amp;rfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase you chose for this profile. Press Enter to unlock.</source>
        <translation>La frase de contraseña que elegiste para este perfil. Pulsa Intro para desbloquear.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen profile with this passphrase (Enter)</source>
        <translation>Abrir el perfil elegido con esta frase de contraseña (Intro)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create &amp;another profile</source>
        <translation>Crear &amp;otro perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another profile</source>
        <translation>Crear otro perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new encrypted profile on this computer</source>
        <translation>Crear un perfil cifrado nuevo en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a profile…</source>
        <translation>&amp;Importar un perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a profile saved to a file on this or another computer (a backup or a move)</source>
        <translation>Abrir un perfil guardado en un archivo en este u otro ordenador (una copia de seguridad o un traslado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recei&amp;ve from another computer…</source>
        <translation>Reci&amp;bir de otro ordenador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive from another computer</source>
        <translation>Recibir de otro ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your profile from your other computer on this network, with the code it shows</source>
        <translation>Traer tu perfil desde tu otro ordenador en esta red, con el código que muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart from an export…</source>
        <translation>Empezar desde una e&amp;xportación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from an export</source>
        <translation>Empezar desde una exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new profile from a personal-data JSON file, checked in full before anything is kept</source>
        <translation>Crear un perfil nuevo a partir de un archivo JSON de datos personales, revisado entero antes de guardar nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a &amp;guest session</source>
        <translation>Iniciar una sesión de in&amp;vitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a guest session</source>
        <translation>Iniciar una sesión de invitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Commons once without keeping anything: the guest profile is wiped when the session ends.</source>
        <translation>Usar Commons una vez sin guardar nada: el perfil de invitado se borra al terminar la sesión.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Visiting? Start a guest session: no passphrase, and nothing is kept when you finish.</source>
        <translation>¿Estás de visita? Inicia una sesión de invitado: sin frase de contraseña, y no se guarda nada cuando terminas.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Damaged profile (cannot be opened)</source>
        <translation>Perfil dañado (no se puede abrir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unnamed profile</source>
        <translation>Perfil sin nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}   ·   created {date}</source>
        <translation>{name}   ·   creado el {date}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../src/commons_desktop/features/events/week_grid.py" line="+40"/>
        <source>‹ Previous week</source>
        <translation>‹ Semana anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the week before</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the current week</source>
        <translation>Mostrar la semana actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ›</source>
        <translation>Semana siguiente ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The events of this day</source>
        <translation>Los eventos de este día</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Week of {first} to {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The events of this day; select one to see it in the list</source>
        <translation>Los eventos de este día; elige uno para verlo en la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start}–{end} {title}</source>
        <translation>{start}–{end} {title}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../src/commons_desktop/shell/welcome_view.py" line="+40"/>
        <source>Welcome to Commons</source>
        <translation>Te damos la bienvenida a Commons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan and check-ins stay on this computer, encrypted with a passphrase only you know. There is no account and no copy anywhere else, so nobody can reset a forgotten passphrase.</source>
        <translation>Tu plan y tus registros se quedan en este ordenador, cifrados con una frase de contraseña que solo tú conoces. No hay cuenta ni copia en ningún otro sitio, así que nadie puede restablecer una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional, e.g. a nickname</source>
        <translation>Opcional, p. ej., un apodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name for the profile picker</source>
        <translation>Nombre para la lista de perfiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on this computer before unlocking. Leave it empty or use a nickname if others use it too.</source>
        <translation>Se muestra en este ordenador antes de desbloquear. Déjalo vacío o usa un apodo si otras personas también lo usan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again, to be sure it is the one you meant.</source>
        <translation>Escribe otra vez la frase de contraseña, para asegurarte de que es la que querías.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase as you type it. Check nobody is looking first.</source>
        <translation>Mostrar la frase de contraseña mientras escribes. Antes, comprueba que nadie está mirando.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shown before unlocking, so a nickname is fine.</source>
        <translation>Se muestra antes de desbloquear, así que un apodo está bien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Creating your encrypted profile…</source>
        <translation>Creando tu perfil cifrado…</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to unlocking an existing profile</source>
        <translation>Volver a desbloquear un perfil que ya existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an encrypted profile on this computer. Enabled once the passphrase is strong and repeated.</source>
        <translation>Crear un perfil cifrado en este ordenador. Se activa cuando la frase de contraseña es sólida y está repetida.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Just visiting?</source>
        <translation>¿Solo estás de visita?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session needs no passphrase. Everything in it is wiped when you end the session.</source>
        <translation>Una sesión de invitado no necesita frase de contraseña. Todo lo que contiene se borra cuando terminas la sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a &amp;guest session</source>
        <translation>Iniciar una sesión de in&amp;vitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a guest session</source>
        <translation>Iniciar una sesión de invitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Commons once without keeping anything: the guest profile is wiped when the session ends.</source>
        <translation>Usar Commons una vez sin guardar nada: el perfil de invitado se borra al terminar la sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already have a profile on another computer, or a backup file?</source>
        <translation>¿Ya tienes un perfil en otro ordenador, o un archivo de copia de seguridad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a profile…</source>
        <translation>&amp;Importar un perfil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a profile saved to a file on this or another computer (a backup or a move)</source>
        <translation>Abrir un perfil guardado en un archivo en este u otro ordenador (una copia de seguridad o un traslado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recei&amp;ve from another computer…</source>
        <translation>Reci&amp;bir de otro ordenador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive from another computer</source>
        <translation>Recibir de otro ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your profile from your other computer on this network, with the code it shows</source>
        <translation>Traer tu perfil desde tu otro ordenador en esta red, con el código que muestra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Have your data as a file from “Export all my data…”?</source>
        <translation>¿Tienes tus datos en un archivo de «Exportar todos mis datos…»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart from an export…</source>
        <translation>Empezar desde una e&amp;xportación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from an export</source>
        <translation>Empezar desde una exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new profile from a personal-data JSON file, checked in full before anything is kept</source>
        <translation>Crear un perfil nuevo a partir de un archivo JSON de datos personales, revisado entero antes de guardar nada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Millbrook, a made-up town, shows what a neighbourhood does with Commons: its people, assets, events and shared purse. It opens in a guest session, is not shared with anyone, and is wiped when you end the session.</source>
        <translation>Millbrook, un pueblo inventado, muestra lo que hace un vecindario con Commons: su gente, sus recursos, sus eventos y su fondo común. Se abre en una sesión de invitado, no se comparte con nadie y se borra cuando terminas la sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Explore a demo town</source>
        <translation>&amp;Explorar un pueblo de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore a demo town</source>
        <translation>Explorar un pueblo de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Millbrook, a made-up community, in a guest session; nothing is kept or shared</source>
        <translation>Abrir Millbrook, una comunidad inventada, en una sesión de invitado; no se guarda ni se comparte nada</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+98"/>
        <source>Withdraw from the purse</source>
        <translation>Retirar del fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the withdrawal, signed by this computer; the purse pays this proposal once</source>
        <translation>Anotar la retirada, firmada por este ordenador; el fondo común paga esta propuesta una sola vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pay {amount} from the purse for “{title}”, as the vote decided.</source>
        <translation>Pagar {amount} del fondo común para «{title}», como decidió la votación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional: who was paid, e.g. the invoice number</source>
        <translation>Opcional: a quién se pagó, p. ej., el número de factura</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../src/commons_desktop/screens.py" line="+33"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>Aportaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and offers</source>
        <translation>Necesidades y ofertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing pulse</source>
        <translation>Pulso del bienestar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Pendiente de revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common purse</source>
        <translation>Fondo común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time credits</source>
        <translation>Créditos de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending circles</source>
        <translation>Círculos de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/shell/workspace_view.py" line="+42"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move between screens (Ctrl+1 to Ctrl+{last}; Ctrl+Page Down and Ctrl+Page Up for the next and the previous)</source>
        <translation>Moverte entre pantallas (de Ctrl+1 a Ctrl+{last}; Ctrl+AvPág y Ctrl+RePág para la siguiente y la anterior)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{screen} (Ctrl+{n})</source>
        <translation>{screen} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{screen} ({count})</source>
        <translation>{screen} ({count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guest session: everything is wiped when it ends.</source>
        <translation>Sesión de invitado: todo se borra cuando termina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../src/commons_desktop/features/projects/project_forms.py" line="-289"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to change before it can be recorded</source>
        <translation>Lo que hay que cambiar antes de poder anotarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="-277"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+0"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/purse/purse_forms.py" line="+24"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three capital letters, e.g. GBP or EUR</source>
        <translation>Tres letras mayúsculas, p. ej., EUR o GBP</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../src/commons_desktop/camera/feed.py" line="+115"/>
        <source>The camera sends no picture. Check that nothing covers it and that no other program uses it, then scan again.</source>
        <translation>La cámara no envía imagen. Comprueba que nada la tapa y que ningún otro programa la está usando, y vuelve a escanear.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/camera/playback.py" line="+27"/>
        <source>The pictures to play could not be opened.</source>
        <translation>No se pudieron abrir las imágenes que se iban a reproducir.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/camera/v4l2.py" line="+143"/>
        <source>The camera is in use by another program. Close that program (a video call, another camera app) and try again.</source>
        <translation>Otro programa está usando la cámara. Cierra ese programa (una videollamada, otra aplicación de cámara) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not let Commons use the camera. Ask whoever looks after it to allow camera use for your account (on most Linux systems, the “video” group), or open a picture of the QR code instead.</source>
        <translation>Este ordenador no deja que Commons use la cámara. Pide a quien lo cuida que permita usar la cámara a tu cuenta (en la mayoría de sistemas Linux, el grupo «video»), o abre en su lugar una imagen del código QR.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera was unplugged or stopped working. Plug it in again and scan again, or open a picture of the QR code instead.</source>
        <translation>La cámara se desconectó o dejó de funcionar. Vuelve a conectarla y escanea otra vez, o abre en su lugar una imagen del código QR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device does not work as a camera here. Choose another camera, or open a picture of the QR code instead.</source>
        <translation>Este dispositivo no funciona aquí como cámara. Elige otra cámara, o abre en su lugar una imagen del código QR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera could not be used. Try again, or open a picture of the QR code instead.</source>
        <translation>No se pudo usar la cámara. Vuelve a intentarlo, o abre en su lugar una imagen del código QR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This camera sends pictures in a form Commons cannot read. Choose another camera, or open a picture of the QR code instead.</source>
        <translation>Esta cámara envía imágenes en un formato que Commons no puede leer. Elige otra cámara, o abre en su lugar una imagen del código QR.</translation>
    </message>
</context>
<context>
    <name>contributions</name>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_model.py" line="-193"/>
        <source>Time given</source>
        <translation>Tiempo dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stake</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle payment</source>
        <translation>Pago del círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time credit</source>
        <translation>Crédito de tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kind}, received</source>
        <translation>{kind}, recibido</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="+68"/>
        <source>Signature does not check</source>
        <translation>La firma no cuadra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set aside in {community}</source>
        <translation>Apartada en {community}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in {community}</source>
        <translation>Firmada en {community}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>does not check</source>
        <translation>no cuadra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{community}: set aside</source>
        <translation>{community}: apartada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by you.</source>
        <translation>Anotada por ti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature kept with this line does not match it: do not rely on this line.</source>
        <translation>La firma guardada con esta línea no corresponde a ella: no te fíes de esta línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in the ledger of {community} by device {fingerprint}; the signature checks. Signed lines cannot be changed or deleted here, only hidden.</source>
        <translation>Firmada en las cuentas de {community} por el dispositivo {fingerprint}; la firma es correcta. Las líneas firmadas no se pueden cambiar ni borrar aquí, solo ocultar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The community&apos;s ledger set it aside ({reason}), so it is not in the totals.</source>
        <translation>Las cuentas de la comunidad la apartaron ({reason}), así que no está en los totales.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{amount} of time given</source>
        <translation>{amount} de tiempo dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} given</source>
        <translation>{amount} dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in stakes</source>
        <translation>{amount} en participaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} paid into lending circles</source>
        <translation>{amount} pagado a círculos de préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} in time credits</source>
        <translation>{amount} en créditos de tiempo</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+12"/>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="+60"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>write hours and minutes, such as 1:30 for an hour and a half, or 45 min.</source>
        <translation>escribe horas y minutos, como 1:30 para una hora y media, o 45 min.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write a number with up to two decimals, such as 12.50.</source>
        <translation>escribe un número con hasta dos decimales, como 12,50.</translation>
    </message>
    <message>
        <location filename="../../src/commons_desktop/features/contributions/contributions_pdf.py" line="-73"/>
        <location line="+37"/>
        <source>Contributions statement</source>
        <translation>Extracto de aportaciones</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed: {community}, device {fingerprint}</source>
        <translation>Firmada: {community}, dispositivo {fingerprint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(set aside by the community&apos;s ledger: not in the totals)</source>
        <translation>(apartada por las cuentas de la comunidad: no está en los totales)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line marked Signed is a copy of an entry in a community&apos;s shared ledger, signed by the device whose fingerprint is shown and checked against the community&apos;s members when it was kept; its signature was checked again for this statement. Lines without the mark were recorded by hand. Amounts received (a repayment, a payout) are listed but not counted in the totals.</source>
        <translation>Una línea marcada como Firmada es una copia de una anotación de las cuentas compartidas de una comunidad, firmada por el dispositivo cuya huella se muestra y comprobada con los miembros de la comunidad cuando se guardó; su firma se volvió a comprobar para este extracto. Las líneas sin la marca se anotaron a mano. Las cantidades recibidas (una devolución, un reparto) aparecen en la lista, pero no cuentan en los totales.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {day} with Commons.</source>
        <translation>Preparado el {day} con Commons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was recorded in this period.</source>
        <translation>No se anotó nada en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contributions</source>
        <translation>Aportaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who with</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
</context>
<context>
    <name>crisis_pdf</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/crisis_pdf.py" line="+45"/>
        <source>Print crisis plan (PDF)</source>
        <translation>Imprimir el plan de crisis (PDF)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the PDF to {path}. Choose another folder and try again.</source>
        <translation>No se pudo guardar el PDF en {path}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved your crisis plan to {path}. This file is not encrypted: print it, then keep it somewhere safe or delete it.</source>
        <translation>Tu plan de crisis se guardó en {path}. Este archivo no está cifrado: imprímelo y luego guárdalo en un lugar seguro o bórralo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Print crisis plan (PDF)…</source>
        <translation>&amp;Imprimir el plan de crisis (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print crisis plan</source>
        <translation>Imprimir el plan de crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your crisis plan as a PDF to print or hand to someone</source>
        <translation>Guardar tu plan de crisis como PDF para imprimirlo o dárselo a alguien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing written here yet.</source>
        <translation>Todavía no hay nada escrito aquí.</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <location filename="../../src/commons_desktop/features/plan/goals_model.py" line="+26"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title}, {status}, {percent} percent done</source>
        <translation>{title}, {status}, {percent} por ciento hecho</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{text} (by {day})</source>
        <translation>{text} (para el {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
</context>
<context>
    <name>invite_sheet</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/invite_sheet.py" line="-109"/>
        <source>Join {community} on Commons</source>
        <translation>Únete a {community} en Commons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In Commons, open Community, then “Start or join”: press “Open QR image…” and choose a photo of this code.</source>
        <translation>En Commons, abre Comunidad y luego «Crear o unirse»: pulsa «Abrir imagen QR…» y elige una foto de este código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or type the short code:</source>
        <translation>O escribe el código corto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works once, until {when}.</source>
        <translation>Funciona una vez, hasta el {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone holding this page can use the invite: give it only to the person invited.</source>
        <translation>Cualquiera que tenga esta página puede usar la invitación: dásela solo a la persona invitada.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/commons_desktop/labels.py" line="+21"/>
        <source>Wellness toolbox</source>
        <translation>Caja de herramientas de bienestar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily plan</source>
        <translation>Plan diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning signs</source>
        <translation>Señales de alerta temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When things are breaking down</source>
        <translation>Cuando las cosas empeoran mucho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who to contact</source>
        <translation>Plan de crisis: a quién contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: what helps</source>
        <translation>Plan de crisis: lo que ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: what does not help</source>
        <translation>Plan de crisis: lo que no ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: how I am when I am well</source>
        <translation>Plan de crisis: cómo soy cuando estoy bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: when others should take over</source>
        <translation>Plan de crisis: cuándo deben tomar el relevo otras personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who may decide</source>
        <translation>Plan de crisis: quién puede decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: who may not decide</source>
        <translation>Plan de crisis: quién no puede decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: medications and treatments</source>
        <translation>Plan de crisis: medicación y tratamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: medications and treatments to avoid</source>
        <translation>Plan de crisis: medicación y tratamientos que evitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis plan: where I would like to be cared for</source>
        <translation>Plan de crisis: dónde me gustaría que me cuidaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: where I would not want to be cared for</source>
        <translation>Plan de crisis: dónde no querría que me cuidaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis plan: help day to day</source>
        <translation>Plan de crisis: ayuda en el día a día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis plan: when it no longer applies</source>
        <translation>Plan de crisis: cuándo deja de aplicarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crisis</source>
        <translation>Después de una crisis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who to contact</source>
        <translation>A quién contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I am when I am well</source>
        <translation>Cómo soy cuando estoy bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When others should take over</source>
        <translation>Cuándo deben tomar el relevo otras personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may decide</source>
        <translation>Quién puede decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may not decide</source>
        <translation>Quién no puede decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications and treatments</source>
        <translation>Medicación y tratamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications and treatments to avoid</source>
        <translation>Medicación y tratamientos que evitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to care for me</source>
        <translation>Dónde cuidarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where not to care for me</source>
        <translation>Dónde no cuidarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help day to day</source>
        <translation>Ayuda en el día a día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it no longer applies</source>
        <translation>Cuándo deja de aplicarse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Things that help me stay well or feel better.</source>
        <translation>Cosas que me ayudan a estar bien o a sentirme mejor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I&apos;m like when I&apos;m well, and what I do every day.</source>
        <translation>Cómo soy cuando estoy bien, y lo que hago cada día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things that may upset me, and what I can do.</source>
        <translation>Cosas que pueden alterarme, y lo que puedo hacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs that I&apos;m starting to feel worse, and what I can do.</source>
        <translation>Señales de que empiezo a sentirme peor, y lo que puedo hacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs that things are getting much worse, and what to do.</source>
        <translation>Señales de que las cosas van mucho peor, y qué hacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People to contact in a crisis.</source>
        <translation>Personas a las que contactar en una crisis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps me in a crisis.</source>
        <translation>Lo que me ayuda en una crisis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What others should avoid doing.</source>
        <translation>Lo que los demás deberían evitar hacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I am like when I am well, so others can tell when I am not.</source>
        <translation>Cómo soy cuando estoy bien, para que otras personas noten cuándo no lo estoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs that mean others should take over and follow this plan.</source>
        <translation>Señales de que otras personas deben tomar el relevo y seguir este plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who may make decisions for me in a crisis, and which ones.</source>
        <translation>Personas que pueden tomar decisiones por mí en una crisis, y cuáles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who should not make decisions for me or be involved.</source>
        <translation>Personas que no deben tomar decisiones por mí ni intervenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medications and treatments I take or that help me.</source>
        <translation>Medicación y tratamientos que tomo o que me ayudan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medications and treatments I must not be given.</source>
        <translation>Medicación y tratamientos que no se me deben dar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places I would like to be cared for: at home, respite, a named hospital or clinic.</source>
        <translation>Lugares donde me gustaría que me cuidaran: en casa, en un centro de respiro, en un hospital o clínica concretos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places I would not want to be cared for.</source>
        <translation>Lugares donde no querría que me cuidaran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What others can do to help day to day: meals, children, pets, bills, appointments.</source>
        <translation>Lo que otras personas pueden hacer para ayudar en el día a día: comidas, hijos, mascotas, facturas, citas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signs that mean my supporters no longer need to follow this plan.</source>
        <translation>Las señales de que mis personas de apoyo ya no tienen que seguir este plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helps me recover afterwards.</source>
        <translation>Lo que me ayuda a recuperarme después.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What I can do</source>
        <translation>Lo que puedo hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may decide</source>
        <translation>Qué pueden decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may not decide, or why</source>
        <translation>Qué no pueden decidir, o por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose, when, and what it is for</source>
        <translation>Dosis, cuándo y para qué es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, or how to arrange it</source>
        <translation>Por qué, o cómo organizarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who could do it</source>
        <translation>Quién podría hacerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I slept well</source>
        <translation>Dormí bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had energy</source>
        <translation>Tuve energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I felt stressed</source>
        <translation>Me sentí con estrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I felt connected to people</source>
        <translation>Me sentí en contacto con la gente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 · Not at all</source>
        <translation>0 · Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · A little</source>
        <translation>1 · Un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Somewhat</source>
        <translation>2 · Algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Quite a lot</source>
        <translation>3 · Bastante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Very much</source>
        <translation>4 · Muchísimo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Muy sólida</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../src/commons_desktop/ops.py" line="+64"/>
        <source>Something unexpected went wrong, and the last change may not have been saved. Please try again; if it keeps happening, restart Commons.</source>
        <translation>Algo inesperado salió mal, y puede que el último cambio no se haya guardado. Vuelve a intentarlo; si sigue pasando, reinicia Commons.</translation>
    </message>
</context>
<context>
    <name>printed</name>
    <message>
        <location filename="../../src/commons_desktop/widgets/printed.py" line="+83"/>
        <source>Printed from Commons on {day}</source>
        <translation>Impreso desde Commons el {day}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qr_join</name>
    <message>
        <location filename="../../src/commons_desktop/features/community/qr_join.py" line="-88"/>
        <source>This file could not be opened as a picture. Choose a photo or screenshot of the invite&apos;s QR code (PNG or JPEG).</source>
        <translation>Este archivo no se pudo abrir como imagen. Elige una foto o una captura de pantalla del código QR de la invitación (PNG o JPEG).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No QR code was found in this picture. Use one where the whole code is sharp and nothing covers it, or paste the invite text instead.</source>
        <translation>No se encontró ningún código QR en esta imagen. Usa una en la que todo el código se vea nítido y nada lo tape, o pega en su lugar el texto de la invitación.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This QR code is a Commons invite, but it cannot be used: {reason}</source>
        <translation>Este código QR es una invitación de Commons, pero no se puede usar: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This QR code holds a web address, not a Commons invite. Nothing was joined: ask the person who invited you for the invite&apos;s own code.</source>
        <translation>Este código QR contiene una dirección web, no una invitación de Commons. No te has unido a nada: pide a la persona que te invitó el código propio de la invitación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This QR code is not a Commons invite. Nothing was joined: ask the person who invited you for the invite&apos;s own code.</source>
        <translation>Este código QR no es una invitación de Commons. No te has unido a nada: pide a la persona que te invitó el código propio de la invitación.</translation>
    </message>
</context>
<context>
    <name>recovery_kit</name>
    <message>
        <location filename="../../src/commons_desktop/shell/dialogs/recovery_kit.py" line="+42"/>
        <source>Commons recovery kit</source>
        <translation>Kit de recuperación de Commons</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print a recovery kit (PDF)</source>
        <translation>Imprimir un kit de recuperación (PDF)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the PDF to {path}. Choose another folder and try again.</source>
        <translation>No se pudo guardar el PDF en {path}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved your recovery kit to {path}. Print it, write your passphrase in the box by hand if you wish, and keep the page with the same care as a key. Then delete the file.</source>
        <translation>Tu kit de recuperación se guardó en {path}. Imprímelo, escribe a mano tu frase de contraseña en el recuadro si quieres, y guarda la página con el mismo cuidado que una llave. Luego borra el archivo.</translation>
    </message>
</context>
</TS>
