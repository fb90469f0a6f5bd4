// Gemaakt door 'schoolprotocol genereer' uit src/schoolprotocol/config/schema.py.
// Niet met de hand bewerken: verander het schema en draai 'schoolprotocol genereer'.
window.SCHOOLPROTOCOL_FORMULIER = {
 "schema": {
  "additionalProperties": false,
  "description": "Alles wat \u00e9\u00e9n school instelt. Zie school_config.yml voor een ingevuld voorbeeld.",
  "properties": {
   "school": {
    "additionalProperties": false,
    "properties": {
     "naam": {
      "examples": [
       "Het Voorbeeld College"
      ],
      "maxLength": 160,
      "minLength": 1,
      "title": "Naam van de school",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "korte_naam": {
      "description": "Afkorting of roepnaam, voor kopregels en de PDF.",
      "maxLength": 40,
      "minLength": 1,
      "title": "Korte naam",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "sector": {
      "description": "po = primair onderwijs, vo = voortgezet onderwijs, mbo = middelbaar beroepsonderwijs. Dit bepaalt de woorden (leerling of student, mentor of SLB'er) en de route bij opschalen.",
      "enum": [
       "po",
       "vo",
       "mbo"
      ],
      "title": "Sector",
      "type": "string"
     },
     "plaats": {
      "maxLength": 160,
      "minLength": 1,
      "title": "Plaats",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "adres": {
      "maxLength": 160,
      "minLength": 1,
      "type": "string",
      "x-opmaak": false,
      "title": "Bezoekadres",
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "bestuur": {
      "maxLength": 160,
      "minLength": 1,
      "type": "string",
      "x-opmaak": false,
      "description": "Naam van het bevoegd gezag (de stichting of vereniging).",
      "title": "Schoolbestuur",
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "website": {
      "examples": [
       "https://www.school.nl/"
      ],
      "pattern": "^https://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*$",
      "title": "Website van de school",
      "type": "string",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https):)",
        "Dit adres begint niet met een toegestane soort (https://)."
       ],
       [
        "^(?:https)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "telefoon": {
      "description": "Altijd openbaar. Hier komen vragen binnen als een persoon intern is.",
      "examples": [
       "030 123 4567"
      ],
      "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
      "title": "Algemeen telefoonnummer",
      "type": "string",
      "x-formaat": "telefoon",
      "x-meldingen": [
       [
        "",
        "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
       ]
      ]
     },
     "email": {
      "description": "Altijd openbaar; een functioneel adres zoals info@school.nl.",
      "examples": [
       "info@school.nl"
      ],
      "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
      "title": "Algemeen e-mailadres",
      "type": "string",
      "x-invoer": "email",
      "x-meldingen": [
       [
        "",
        "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
       ]
      ],
      "maxLength": 254,
      "not": {
       "pattern": "\\.\\."
      }
     },
     "logo": {
      "description": "Bestandsnaam van het logo (SVG, PNG of JPG, hoogstens 200 kB), vanaf de map van dit bestand. SVG is het scherpst en het kleinst.",
      "examples": [
       "school/logo.svg"
      ],
      "maxLength": 160,
      "minLength": 1,
      "title": "Logo",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "kleuren": {
      "additionalProperties": false,
      "properties": {
       "primair": {
        "description": "De huisstijlkleur van de school, voor de kopbalk en koppen.",
        "examples": [
         "#1d4f91"
        ],
        "pattern": "^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
        "title": "Hoofdkleur",
        "type": "string",
        "x-formaat": "kleur",
        "x-meldingen": [
         [
          "",
          "Een kleur schrijft u als # met zes tekens 0-9/a-f, zoals #1d4f91."
         ]
        ]
       },
       "accent": {
        "description": "Tweede kleur, voor knoppen en markeringen.",
        "examples": [
         "#1d4f91"
        ],
        "pattern": "^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
        "title": "Accentkleur",
        "type": "string",
        "x-formaat": "kleur",
        "x-meldingen": [
         [
          "",
          "Een kleur schrijft u als # met zes tekens 0-9/a-f, zoals #1d4f91."
         ]
        ]
       }
      },
      "required": [
       "primair",
       "accent"
      ],
      "title": "Kleuren",
      "type": "object"
     },
     "protocol_url": {
      "examples": [
       "https://www.school.nl/protocol-beelden/"
      ],
      "pattern": "^https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%/-]*)?$",
      "type": "string",
      "description": "Waar de site komt te staan, bijvoorbeeld https://www.school.nl/protocol-beelden/. Nodig voor de sitemap en zoekmachines.",
      "title": "Adres van deze protocolsite",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https):)",
        "Dit adres begint niet met een toegestane soort (https://)."
       ],
       [
        "^(?:https)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^https?:.*[?#]",
        "Het adres van de protocolsite heeft geen ? of # nodig: laat alles vanaf het ? of # weg, zoals https://www.school.nl/protocol/."
       ],
       [
        "",
        "Het adres van de protocolsite mag alleen letters, cijfers en - . _ ~ / bevatten (en %-codes), zoals https://www.school.nl/protocol/."
       ]
      ]
     }
    },
    "required": [
     "naam",
     "korte_naam",
     "sector",
     "plaats",
     "website",
     "telefoon",
     "email",
     "logo",
     "kleuren"
    ],
    "title": "School",
    "type": "object"
   },
   "termen": {
    "additionalProperties": false,
    "description": "Eigen woorden van de school; wat leeg blijft, komt uit de sector.",
    "properties": {
     "mentor": {
      "maxLength": 160,
      "minLength": 1,
      "type": "string",
      "x-opmaak": false,
      "description": "Hoe heet bij u de vaste begeleider van een leerling? Bijvoorbeeld 'mentor', 'coach', 'SLB'er' of 'groepsleerkracht'.",
      "title": "Woord voor mentor",
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "mentoren": {
      "maxLength": 160,
      "minLength": 1,
      "type": "string",
      "x-opmaak": false,
      "description": "Bijvoorbeeld 'mentoren' of 'coaches'.",
      "title": "Meervoud van dat woord",
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     }
    },
    "title": "Eigen woorden",
    "type": "object"
   },
   "personen": {
    "additionalProperties": false,
    "properties": {
     "schoolleiding": {
      "additionalProperties": false,
      "description": "Wie eindverantwoordelijk is bij een incident (directeur, rector, locatieleider).",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Schoolleiding"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Schoolleiding",
      "type": "object"
     },
     "vertrouwenspersoon": {
      "additionalProperties": false,
      "description": "Iemand met een rol in het protocol. Naam, telefoon en e-mail zijn standaard intern.",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Vertrouwenspersoon"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Vertrouwenspersoon (intern)",
      "type": "object"
     },
     "externe_vertrouwenspersoon": {
      "additionalProperties": false,
      "description": "Vertrouwenspersoon van buiten de school, als u die heeft.",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Externe vertrouwenspersoon"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Externe vertrouwenspersoon",
      "type": "object"
     },
     "zorgcoordinator": {
      "additionalProperties": false,
      "description": "Of intern begeleider (po), of co\u00f6rdinator studentenzaken (mbo).",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Zorgco\u00f6rdinator"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Zorgco\u00f6rdinator",
      "type": "object"
     },
     "socialemediafunctionaris": {
      "additionalProperties": false,
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Functionaris sociale media"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       },
       "taken": {
        "description": "De taken die de school deze persoon heeft gegeven, bijvoorbeeld 'geeft lessen over sociale media'.",
        "items": {
         "maxLength": 160,
         "minLength": 1,
         "type": "string",
         "x-opmaak": false,
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ],
         "title": "Taak"
        },
        "minItems": 1,
        "title": "Taken",
        "type": "array"
       }
      },
      "required": [
       "taken"
      ],
      "title": "Functionaris sociale media",
      "type": "object",
      "description": "Het vaste aanspreekpunt voor sociale media op school, met de taken die de school hem of haar gaf."
     },
     "woordvoerder": {
      "additionalProperties": false,
      "description": "Wie de school vertegenwoordigt tegenover de pers.",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Woordvoerder"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Woordvoerder",
      "type": "object"
     },
     "crisiscommunicatie": {
      "additionalProperties": false,
      "description": "Wie helpt bij communicatie in een crisis, bijvoorbeeld de communicatieadviseur van het bestuur of een extern bureau.",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Crisiscommunicatie"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Crisiscommunicatie",
      "type": "object"
     }
    },
    "required": [
     "schoolleiding",
     "vertrouwenspersoon",
     "zorgcoordinator",
     "socialemediafunctionaris",
     "woordvoerder"
    ],
    "title": "Personen en rollen",
    "type": "object"
   },
   "politie": {
    "additionalProperties": false,
    "properties": {
     "contactpersoon": {
      "additionalProperties": false,
      "description": "Meestal de wijkagent of jeugdagent van de school.",
      "properties": {
       "functie": {
        "description": "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. Laat u dit weg, dan gebruiken we de naam van de rol.",
        "maxLength": 160,
        "minLength": 1,
        "title": "Functie",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ],
        "x-standaard": "Wijkagent"
       },
       "naam": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Naam van de persoon. Standaard intern: alleen in de personeelsversie.",
        "title": "Naam",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "telefoon": {
        "examples": [
         "030 123 4567"
        ],
        "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
        "type": "string",
        "x-formaat": "telefoon",
        "description": "Direct nummer. Standaard intern.",
        "title": "Telefoon",
        "x-meldingen": [
         [
          "",
          "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
         ]
        ]
       },
       "email": {
        "examples": [
         "info@school.nl"
        ],
        "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
        "type": "string",
        "description": "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), zet dan 'email' bij openbaar.",
        "title": "E-mail",
        "x-invoer": "email",
        "x-meldingen": [
         [
          "",
          "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
         ]
        ],
        "maxLength": 254,
        "not": {
         "pattern": "\\.\\."
        }
       },
       "bereikbaar": {
        "maxLength": 160,
        "minLength": 1,
        "type": "string",
        "x-opmaak": false,
        "description": "Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.",
        "title": "Bereikbaar",
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "openbaar": {
        "description": "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school.",
        "items": {
         "enum": [
          "naam",
          "telefoon",
          "email"
         ],
         "type": "string"
        },
        "title": "Openbaar",
        "type": "array",
        "uniqueItems": true
       }
      },
      "title": "Vaste contactpersoon bij de politie",
      "type": "object"
     },
     "afspraken": {
      "description": "Wat de school en de politie hebben afgesproken over online incidenten. E\u00e9n afspraak per regel.",
      "items": {
       "maxLength": 160,
       "minLength": 1,
       "type": "string",
       "x-opmaak": false,
       "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
       "x-meldingen": [
        [
         "",
         "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
        ]
       ],
       "title": "Afspraak"
      },
      "minItems": 1,
      "title": "Afspraken met de politie",
      "type": "array"
     },
     "afspraken_gemaakt_op": {
      "examples": [
       "2027-08-31"
      ],
      "format": "date",
      "pattern": "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$",
      "type": "string",
      "title": "Datum van de afspraken",
      "x-meldingen": [
       [
        "^(?!20)[0-9]{4}-",
        "Dit jaartal kan niet kloppen: een datum hier ligt in de jaren 2000 tot en met 2099. Is het jaartal verkeerd getypt?"
       ],
       [
        "",
        "Dit is geen geldige datum. Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2027-08-31."
       ]
      ]
     }
    },
    "required": [
     "contactpersoon",
     "afspraken"
    ],
    "title": "Politie",
    "type": "object"
   },
   "protocol": {
    "additionalProperties": false,
    "properties": {
     "contact_slachtoffer_leerling": {
      "default": "mentor",
      "description": "E\u00e9n vaste persoon onderhoudt het contact met het slachtoffer en de ouders.",
      "enum": [
       "mentor",
       "schoolleiding",
       "vertrouwenspersoon",
       "externe_vertrouwenspersoon",
       "zorgcoordinator",
       "socialemediafunctionaris",
       "woordvoerder",
       "crisiscommunicatie",
       "wijkagent"
      ],
      "title": "Contactpersoon als een leerling slachtoffer is",
      "type": "string"
     },
     "contact_slachtoffer_personeel": {
      "default": "vertrouwenspersoon",
      "enum": [
       "mentor",
       "schoolleiding",
       "vertrouwenspersoon",
       "externe_vertrouwenspersoon",
       "zorgcoordinator",
       "socialemediafunctionaris",
       "woordvoerder",
       "crisiscommunicatie",
       "wijkagent"
      ],
      "title": "Contactpersoon als een medewerker slachtoffer is",
      "type": "string"
     },
     "beelden_verwijderen": {
      "default": "socialemediafunctionaris",
      "description": "Bij wie iemand terecht kan die wil dat een opname van school wordt verwijderd.",
      "enum": [
       "mentor",
       "schoolleiding",
       "vertrouwenspersoon",
       "externe_vertrouwenspersoon",
       "zorgcoordinator",
       "socialemediafunctionaris",
       "woordvoerder",
       "crisiscommunicatie",
       "wijkagent"
      ],
      "title": "Wie helpt beelden te laten verwijderen",
      "type": "string"
     },
     "escalatie": {
      "description": "De stappen van licht naar zwaar. In het mbo meestal SLB'er, zorgco\u00f6rdinator, zorgadviesteam.",
      "items": {
       "additionalProperties": false,
       "properties": {
        "titel": {
         "description": "Bijvoorbeeld 'Mentor', 'Zorgco\u00f6rdinator' of 'Zorgadviesteam'.",
         "maxLength": 160,
         "minLength": 1,
         "title": "Niveau",
         "type": "string",
         "x-opmaak": false,
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ]
        },
        "rol": {
         "enum": [
          "mentor",
          "schoolleiding",
          "vertrouwenspersoon",
          "externe_vertrouwenspersoon",
          "zorgcoordinator",
          "socialemediafunctionaris",
          "woordvoerder",
          "crisiscommunicatie",
          "wijkagent"
         ],
         "type": "string",
         "description": "Welke persoon uit 'personen' hier handelt (voor naam en telefoon).",
         "title": "Rol"
        },
        "wanneer": {
         "maxLength": 160,
         "minLength": 1,
         "type": "string",
         "x-opmaak": false,
         "description": "Wanneer u naar dit niveau gaat.",
         "title": "Wanneer",
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ]
        }
       },
       "required": [
        "titel"
       ],
       "title": "Niveau",
       "type": "object"
      },
      "maxItems": 6,
      "minItems": 2,
      "title": "Route bij opschalen",
      "type": "array"
     },
     "sancties": {
      "description": "De ladder van maatregelen van de school, met wie erover besluit.",
      "items": {
       "additionalProperties": false,
       "properties": {
        "maatregel": {
         "examples": [
          "Gesprek met de mentor"
         ],
         "maxLength": 160,
         "minLength": 1,
         "title": "Maatregel",
         "type": "string",
         "x-opmaak": false,
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ]
        },
        "besluit": {
         "examples": [
          "mentor"
         ],
         "maxLength": 160,
         "minLength": 1,
         "title": "Wie besluit",
         "type": "string",
         "x-opmaak": false,
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ]
        },
        "toelichting": {
         "maxLength": 160,
         "minLength": 1,
         "type": "string",
         "x-opmaak": false,
         "title": "Toelichting",
         "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
         "x-meldingen": [
          [
           "",
           "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
          ]
         ]
        }
       },
       "required": [
        "maatregel",
        "besluit"
       ],
       "title": "Maatregel",
       "type": "object"
      },
      "maxItems": 10,
      "minItems": 2,
      "title": "Maatregelen (van licht naar zwaar)",
      "type": "array"
     }
    },
    "required": [
     "escalatie",
     "sancties"
    ],
    "title": "Werkwijze bij een incident",
    "type": "object"
   },
   "meldkanalen": {
    "description": "Hoe leerlingen, ouders en personeel iets kunnen melden. Minstens \u00e9\u00e9n kanaal is anoniem of vertrouwelijk.",
    "items": {
     "additionalProperties": false,
     "properties": {
      "naam": {
       "examples": [
        "Anoniem meldformulier"
       ],
       "maxLength": 160,
       "minLength": 1,
       "title": "Naam",
       "type": "string",
       "x-opmaak": false,
       "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
       "x-meldingen": [
        [
         "",
         "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
        ]
       ]
      },
      "soort": {
       "description": "anoniem = de melder hoeft geen naam te geven; vertrouwelijk = de school kent de naam en vertelt die niet aan andere leerlingen of ouders; open = een gewone melding.",
       "enum": [
        "anoniem",
        "vertrouwelijk",
        "open"
       ],
       "title": "Soort",
       "type": "string"
      },
      "link": {
       "examples": [
        "https://www.school.nl/documenten/pestprotocol.pdf"
       ],
       "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
       "type": "string",
       "description": "Webadres, mailto: of tel:.",
       "title": "Link",
       "x-invoer": "url",
       "x-meldingen": [
        [
         "^(?!(?:https|http|mailto|tel):)",
         "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
        ],
        [
         "^(?:https|http)://(?:$|[/$.?#])",
         "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
        ],
        [
         "^(?:https|http|mailto|tel):.*\\s",
         "Een webadres mag geen spaties bevatten."
        ],
        [
         "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
         "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
        ],
        [
         "^mailto:",
         "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
        ],
        [
         "^tel:",
         "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
        ],
        [
         "",
         "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
        ]
       ]
      },
      "telefoon": {
       "examples": [
        "030 123 4567"
       ],
       "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
       "type": "string",
       "x-formaat": "telefoon",
       "title": "Telefoon",
       "x-meldingen": [
        [
         "",
         "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
        ]
       ]
      },
      "email": {
       "examples": [
        "info@school.nl"
       ],
       "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
       "type": "string",
       "title": "E-mail",
       "x-invoer": "email",
       "x-meldingen": [
        [
         "",
         "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
        ]
       ],
       "maxLength": 254,
       "not": {
        "pattern": "\\.\\."
       }
      },
      "toelichting": {
       "contentMediaType": "text/markdown",
       "maxLength": 4000,
       "minLength": 1,
       "type": "string",
       "x-opmaak": true,
       "description": "Hoe het werkt. Eenvoudige opmaak (vet, lijstjes, links) mag.",
       "title": "Toelichting",
       "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
       "x-meldingen": [
        [
         "",
         "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
        ]
       ]
      }
     },
     "required": [
      "naam",
      "soort"
     ],
     "title": "Meldkanaal",
     "type": "object"
    },
    "minItems": 1,
    "title": "Meldkanalen",
    "type": "array"
   },
   "documenten": {
    "additionalProperties": false,
    "properties": {
     "schoolveiligheidsplan": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "title": "Schoolveiligheidsplan",
      "type": "string",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "pestprotocol": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "title": "Pestprotocol",
      "type": "string",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "socialemediaprotocol": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "title": "Protocol sociale media",
      "type": "string",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "afstandsonderwijs": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "type": "string",
      "title": "Regels voor lessen op afstand",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "meldcode": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "title": "Meldcode huiselijk geweld en kindermishandeling",
      "type": "string",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "schoolgids": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "type": "string",
      "title": "Schoolgids of studentenstatuut",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "klachtenregeling": {
      "examples": [
       "https://www.school.nl/documenten/pestprotocol.pdf"
      ],
      "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
      "type": "string",
      "title": "Klachtenregeling",
      "x-invoer": "url",
      "x-meldingen": [
       [
        "^(?!(?:https|http|mailto|tel):)",
        "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
       ],
       [
        "^(?:https|http)://(?:$|[/$.?#])",
        "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
       ],
       [
        "^(?:https|http|mailto|tel):.*\\s",
        "Een webadres mag geen spaties bevatten."
       ],
       [
        "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
        "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
       ],
       [
        "^mailto:",
        "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
       ],
       [
        "^tel:",
        "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
       ],
       [
        "",
        "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
       ]
      ]
     },
     "antipestmethode": {
      "additionalProperties": false,
      "properties": {
       "naam": {
        "examples": [
         "KiVa"
        ],
        "maxLength": 160,
        "minLength": 1,
        "title": "Naam van de methode",
        "type": "string",
        "x-opmaak": false,
        "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
        "x-meldingen": [
         [
          "",
          "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
         ]
        ]
       },
       "link": {
        "examples": [
         "https://www.school.nl/documenten/pestprotocol.pdf"
        ],
        "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
        "type": "string",
        "title": "Link",
        "x-invoer": "url",
        "x-meldingen": [
         [
          "^(?!(?:https|http|mailto|tel):)",
          "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
         ],
         [
          "^(?:https|http)://(?:$|[/$.?#])",
          "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
         ],
         [
          "^(?:https|http|mailto|tel):.*\\s",
          "Een webadres mag geen spaties bevatten."
         ],
         [
          "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
          "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
         ],
         [
          "^mailto:",
          "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
         ],
         [
          "^tel:",
          "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
         ],
         [
          "",
          "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
         ]
        ]
       }
      },
      "required": [
       "naam"
      ],
      "title": "Antipestmethode",
      "type": "object"
     }
    },
    "required": [
     "schoolveiligheidsplan",
     "pestprotocol",
     "socialemediaprotocol",
     "meldcode"
    ],
    "title": "Documenten van de school",
    "type": "object"
   },
   "sociale_kaart": {
    "description": "Lokale organisaties waar de school mee samenwerkt: wijkteam, GGD, Veilig Thuis, leerplicht.",
    "items": {
     "additionalProperties": false,
     "properties": {
      "soort": {
       "enum": [
        "wijkteam",
        "ggd",
        "veilig_thuis",
        "leerplicht",
        "jeugdarts",
        "schoolmaatschappelijk_werk",
        "jeugdzorg",
        "overig"
       ],
       "title": "Soort",
       "type": "string"
      },
      "naam": {
       "examples": [
        "Wijkteam Utrecht-Oost"
       ],
       "maxLength": 160,
       "minLength": 1,
       "title": "Naam",
       "type": "string",
       "x-opmaak": false,
       "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
       "x-meldingen": [
        [
         "",
         "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
        ]
       ]
      },
      "telefoon": {
       "examples": [
        "030 123 4567"
       ],
       "pattern": "^[ .\\-/()]*(?:(?:(?:\\+|00)[ .\\-/()]*3[ .\\-/()]*1[ .\\-/()]*(?:0[ .\\-/()]*)?|0[ .\\-/()]*)[1-9](?:[ .\\-/()]*[0-9]){8}|0[ .\\-/()]*[89][ .\\-/()]*0[ .\\-/()]*0(?:[ .\\-/()]*[0-9]){4,7})[ .\\-/()]*$",
       "type": "string",
       "x-formaat": "telefoon",
       "title": "Telefoon",
       "x-meldingen": [
        [
         "",
         "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer)."
        ]
       ]
      },
      "email": {
       "examples": [
        "info@school.nl"
       ],
       "pattern": "^(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
       "type": "string",
       "title": "E-mail",
       "x-invoer": "email",
       "x-meldingen": [
        [
         "",
         "Dit is geen geldig e-mailadres (zoals naam@school.nl)."
        ]
       ],
       "maxLength": 254,
       "not": {
        "pattern": "\\.\\."
       }
      },
      "link": {
       "examples": [
        "https://www.school.nl/documenten/pestprotocol.pdf"
       ],
       "pattern": "^(?:https?://[^\\s/$.?#\"<>`{}|\\\\^][^\\s\"<>`{}|\\\\^]*|mailto:(?=.{1,254}$)(?=[^@]{1,64}@)(?!.*\\.\\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9]{3,15})$",
       "type": "string",
       "title": "Website",
       "x-invoer": "url",
       "x-meldingen": [
        [
         "^(?!(?:https|http|mailto|tel):)",
         "Dit adres begint niet met een toegestane soort (https://, http://, mailto:, tel:)."
        ],
        [
         "^(?:https|http)://(?:$|[/$.?#])",
         "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/."
        ],
        [
         "^(?:https|http|mailto|tel):.*\\s",
         "Een webadres mag geen spaties bevatten."
        ],
        [
         "^(?:https|http|mailto|tel):.*[\"<>`{}|\\\\^]",
         "Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."
        ],
        [
         "^mailto:",
         "Na 'mailto:' hoort \u00e9\u00e9n geldig e-mailadres te staan, zoals mailto:info@school.nl."
        ],
        [
         "^tel:",
         "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567."
        ],
        [
         "",
         "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/."
        ]
       ]
      },
      "toelichting": {
       "maxLength": 160,
       "minLength": 1,
       "type": "string",
       "x-opmaak": false,
       "title": "Waarvoor",
       "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
       "x-meldingen": [
        [
         "",
         "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
        ]
       ]
      }
     },
     "required": [
      "soort",
      "naam"
     ],
     "title": "Organisatie",
     "type": "object"
    },
    "title": "Sociale kaart",
    "type": "array"
   },
   "beleid": {
    "additionalProperties": false,
    "properties": {
     "vastgesteld_door": {
      "examples": [
       "het college van bestuur, na instemming van de MR"
      ],
      "maxLength": 160,
      "minLength": 1,
      "title": "Vastgesteld door",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "vastgesteld_op": {
      "examples": [
       "2027-08-31"
      ],
      "format": "date",
      "pattern": "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$",
      "title": "Vastgesteld op",
      "type": "string",
      "x-meldingen": [
       [
        "^(?!20)[0-9]{4}-",
        "Dit jaartal kan niet kloppen: een datum hier ligt in de jaren 2000 tot en met 2099. Is het jaartal verkeerd getypt?"
       ],
       [
        "",
        "Dit is geen geldige datum. Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2027-08-31."
       ]
      ]
     },
     "versie": {
      "examples": [
       "1.0"
      ],
      "maxLength": 20,
      "minLength": 1,
      "title": "Versie",
      "type": "string",
      "x-opmaak": false,
      "pattern": "^[^\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uD800-\\uF8FF\\uFEFF\\uFFF9-\\uFFFB\ud804\udcbd\ud804\udccd\ud80d\udc30-\ud80d\udc38\ud82f\udca0-\ud82f\udca3\ud834\udd73-\ud834\udd7a\udb40\udc01\udb40\udc20-\udb40\udc7f\udb80\udc00-\udbbf\udffd\udbc0\udc00-\udbff\udffd]*$",
      "x-meldingen": [
       [
        "",
        "De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of tekstverwerker). Typ de tekst opnieuw in."
       ]
      ]
     },
     "volgende_evaluatie": {
      "description": "Evalueer het protocol elk jaar; de build waarschuwt als deze datum voorbij is.",
      "examples": [
       "2027-08-31"
      ],
      "format": "date",
      "pattern": "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$",
      "title": "Volgende evaluatie",
      "type": "string",
      "x-meldingen": [
       [
        "^(?!20)[0-9]{4}-",
        "Dit jaartal kan niet kloppen: een datum hier ligt in de jaren 2000 tot en met 2099. Is het jaartal verkeerd getypt?"
       ],
       [
        "",
        "Dit is geen geldige datum. Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2027-08-31."
       ]
      ]
     },
     "instemming_mr": {
      "default": false,
      "title": "Met instemming van de (G)MR",
      "type": "boolean"
     },
     "tekstversie": {
      "examples": [
       "2026.12"
      ],
      "pattern": "^20[0-9]{2}\\.(0[1-9]|1[0-2])$",
      "type": "string",
      "description": "Welke versie van de landelijke tekst het bestuur heeft vastgesteld, zoals \"2026.12\" (tussen aanhalingstekens). Staat onderaan elke pagina en in de PDF. Is er een nieuwere versie ge\u00efnstalleerd, dan meldt check wat er sindsdien veranderd is.",
      "title": "Versie van de landelijke tekst"
     }
    },
    "required": [
     "vastgesteld_door",
     "vastgesteld_op",
     "versie",
     "volgende_evaluatie"
    ],
    "title": "Vaststelling en evaluatie",
    "type": "object"
   }
  },
  "required": [
   "school",
   "personen",
   "politie",
   "protocol",
   "meldkanalen",
   "documenten",
   "beleid"
  ],
  "title": "Configuratie van de school",
  "type": "object"
 },
 "uiSchema": {
  "school": {
   "naam": {
    "ui:help": "Bijvoorbeeld: Het Voorbeeld College."
   },
   "sector": {
    "ui:enumNames": [
     "po (primair onderwijs)",
     "vo (voortgezet onderwijs)",
     "mbo (middelbaar beroepsonderwijs)"
    ],
    "ui:widget": "radio"
   },
   "website": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/."
   },
   "telefoon": {
    "ui:options": {
     "inputType": "tel"
    },
    "ui:help": "Bijvoorbeeld: 030 123 4567."
   },
   "email": {
    "ui:options": {
     "inputType": "email"
    },
    "ui:help": "Bijvoorbeeld: info@school.nl."
   },
   "logo": {
    "ui:help": "Bijvoorbeeld: school/logo.svg."
   },
   "kleuren": {
    "primair": {
     "ui:help": "Schrijf de kleur als # met zes tekens 0-9 of a-f. Bijvoorbeeld: #1d4f91."
    },
    "accent": {
     "ui:help": "Schrijf de kleur als # met zes tekens 0-9 of a-f. Bijvoorbeeld: #1d4f91."
    }
   },
   "protocol_url": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/protocol-beelden/."
   }
  },
  "personen": {
   "schoolleiding": {
    "functie": {
     "ui:placeholder": "Schoolleiding",
     "ui:help": "Leeg laten geeft: Schoolleiding."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "vertrouwenspersoon": {
    "functie": {
     "ui:placeholder": "Vertrouwenspersoon",
     "ui:help": "Leeg laten geeft: Vertrouwenspersoon."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "externe_vertrouwenspersoon": {
    "functie": {
     "ui:placeholder": "Externe vertrouwenspersoon",
     "ui:help": "Leeg laten geeft: Externe vertrouwenspersoon."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "zorgcoordinator": {
    "functie": {
     "ui:placeholder": "Zorgco\u00f6rdinator",
     "ui:help": "Leeg laten geeft: Zorgco\u00f6rdinator."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "socialemediafunctionaris": {
    "functie": {
     "ui:placeholder": "Functionaris sociale media",
     "ui:help": "Leeg laten geeft: Functionaris sociale media."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "woordvoerder": {
    "functie": {
     "ui:placeholder": "Woordvoerder",
     "ui:help": "Leeg laten geeft: Woordvoerder."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "crisiscommunicatie": {
    "functie": {
     "ui:placeholder": "Crisiscommunicatie",
     "ui:help": "Leeg laten geeft: Crisiscommunicatie."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   }
  },
  "politie": {
   "contactpersoon": {
    "functie": {
     "ui:placeholder": "Wijkagent",
     "ui:help": "Leeg laten geeft: Wijkagent."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "openbaar": {
     "ui:widget": "checkboxes",
     "ui:enumNames": [
      "naam",
      "telefoon",
      "e-mail"
     ],
     "ui:options": {
      "inline": true
     }
    }
   },
   "afspraken_gemaakt_op": {
    "ui:widget": "text",
    "ui:placeholder": "dd-mm-jjjj",
    "ui:help": "Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-8-2027. In het bestand komt 2027-08-31. Bijvoorbeeld: 2027-08-31."
   }
  },
  "protocol": {
   "contact_slachtoffer_leerling": {
    "ui:enumNames": [
     "Mentor van de leerling",
     "Schoolleiding",
     "Vertrouwenspersoon",
     "Externe vertrouwenspersoon",
     "Zorgco\u00f6rdinator",
     "Functionaris sociale media",
     "Woordvoerder",
     "Crisiscommunicatie",
     "Wijkagent (politie)"
    ]
   },
   "contact_slachtoffer_personeel": {
    "ui:enumNames": [
     "Mentor van de leerling",
     "Schoolleiding",
     "Vertrouwenspersoon",
     "Externe vertrouwenspersoon",
     "Zorgco\u00f6rdinator",
     "Functionaris sociale media",
     "Woordvoerder",
     "Crisiscommunicatie",
     "Wijkagent (politie)"
    ]
   },
   "beelden_verwijderen": {
    "ui:enumNames": [
     "Mentor van de leerling",
     "Schoolleiding",
     "Vertrouwenspersoon",
     "Externe vertrouwenspersoon",
     "Zorgco\u00f6rdinator",
     "Functionaris sociale media",
     "Woordvoerder",
     "Crisiscommunicatie",
     "Wijkagent (politie)"
    ]
   },
   "escalatie": {
    "items": {
     "rol": {
      "ui:enumNames": [
       "Mentor van de leerling",
       "Schoolleiding",
       "Vertrouwenspersoon",
       "Externe vertrouwenspersoon",
       "Zorgco\u00f6rdinator",
       "Functionaris sociale media",
       "Woordvoerder",
       "Crisiscommunicatie",
       "Wijkagent (politie)"
      ]
     }
    }
   },
   "sancties": {
    "items": {
     "maatregel": {
      "ui:help": "Bijvoorbeeld: Gesprek met de mentor."
     },
     "besluit": {
      "ui:help": "Bijvoorbeeld: mentor."
     }
    }
   }
  },
  "meldkanalen": {
   "items": {
    "naam": {
     "ui:help": "Bijvoorbeeld: Anoniem meldformulier."
    },
    "soort": {
     "ui:enumNames": [
      "anoniem: de melder hoeft geen naam te geven",
      "vertrouwelijk: de school kent de naam, maar maakt die niet bekend",
      "open: een gewone melding"
     ],
     "ui:widget": "radio"
    },
    "link": {
     "ui:options": {
      "inputType": "url"
     },
     "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "toelichting": {
     "ui:widget": "textarea",
     "ui:options": {
      "rows": 3
     },
     "ui:help": "Opmaak: **vet**, *schuin*, een lijstje met - aan het begin van de regel, of een link als [tekst](https://...)."
    }
   }
  },
  "documenten": {
   "schoolveiligheidsplan": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "pestprotocol": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "socialemediaprotocol": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "afstandsonderwijs": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "meldcode": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "schoolgids": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "klachtenregeling": {
    "ui:options": {
     "inputType": "url"
    },
    "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
   },
   "antipestmethode": {
    "naam": {
     "ui:help": "Bijvoorbeeld: KiVa."
    },
    "link": {
     "ui:options": {
      "inputType": "url"
     },
     "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
    }
   }
  },
  "sociale_kaart": {
   "items": {
    "soort": {
     "ui:enumNames": [
      "wijkteam",
      "GGD",
      "Veilig Thuis",
      "leerplicht",
      "jeugdarts",
      "Schoolmaatschappelijk werk",
      "jeugdzorg",
      "overig"
     ]
    },
    "naam": {
     "ui:help": "Bijvoorbeeld: Wijkteam Utrecht-Oost."
    },
    "telefoon": {
     "ui:options": {
      "inputType": "tel"
     },
     "ui:help": "Bijvoorbeeld: 030 123 4567."
    },
    "email": {
     "ui:options": {
      "inputType": "email"
     },
     "ui:help": "Bijvoorbeeld: info@school.nl."
    },
    "link": {
     "ui:options": {
      "inputType": "url"
     },
     "ui:help": "Bijvoorbeeld: https://www.school.nl/documenten/pestprotocol.pdf."
    }
   }
  },
  "beleid": {
   "vastgesteld_door": {
    "ui:help": "Bijvoorbeeld: het college van bestuur, na instemming van de MR."
   },
   "vastgesteld_op": {
    "ui:widget": "text",
    "ui:placeholder": "dd-mm-jjjj",
    "ui:help": "Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-8-2027. In het bestand komt 2027-08-31. Bijvoorbeeld: 2027-08-31."
   },
   "versie": {
    "ui:help": "Bijvoorbeeld: 1.0."
   },
   "volgende_evaluatie": {
    "ui:widget": "text",
    "ui:placeholder": "dd-mm-jjjj",
    "ui:help": "Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-8-2027. In het bestand komt 2027-08-31. Bijvoorbeeld: 2027-08-31."
   },
   "tekstversie": {
    "ui:help": "Bijvoorbeeld: 2026.12."
   }
  }
 },
 "stappen": [
  {
   "id": "school",
   "titel": "School",
   "uitleg": "De naam en de soort school. Deze gegevens staan altijd op de openbare site.",
   "paden": [
    "school.naam",
    "school.korte_naam",
    "school.sector",
    "school.plaats",
    "school.adres",
    "school.bestuur",
    "termen"
   ],
   "zonder": []
  },
  {
   "id": "contact",
   "titel": "Contact en website",
   "uitleg": "Hoe iedereen de school bereikt. Het algemene nummer en e-mailadres zijn altijd openbaar.",
   "paden": [
    "school"
   ],
   "zonder": [
    "school.naam",
    "school.korte_naam",
    "school.sector",
    "school.plaats",
    "school.adres",
    "school.bestuur",
    "school.logo",
    "school.kleuren"
   ]
  },
  {
   "id": "schoolleiding",
   "titel": "Schoolleiding",
   "uitleg": "Wie eindverantwoordelijk is bij een incident. Naam, direct nummer en e-mail zijn intern, tenzij u ze bij 'Openbaar' aanvinkt.",
   "paden": [
    "personen.schoolleiding"
   ],
   "zonder": []
  },
  {
   "id": "vertrouwenspersoon",
   "titel": "Vertrouwenspersoon",
   "uitleg": "Bij wie leerlingen en personeel in vertrouwen terechtkunnen. Naam, direct nummer en e-mail zijn intern, tenzij u ze bij 'Openbaar' aanvinkt.",
   "paden": [
    "personen.vertrouwenspersoon",
    "personen.externe_vertrouwenspersoon"
   ],
   "zonder": []
  },
  {
   "id": "zorg",
   "titel": "Zorg",
   "uitleg": "Wie de zorg voor leerlingen co\u00f6rdineert. Naam, direct nummer en e-mail zijn intern, tenzij u ze bij 'Openbaar' aanvinkt.",
   "paden": [
    "personen.zorgcoordinator"
   ],
   "zonder": []
  },
  {
   "id": "socialemedia",
   "titel": "Sociale media",
   "uitleg": "Het vaste aanspreekpunt voor sociale media op school, en zijn of haar taken.",
   "paden": [
    "personen.socialemediafunctionaris"
   ],
   "zonder": []
  },
  {
   "id": "pers",
   "titel": "Pers en communicatie",
   "uitleg": "Wie met de pers praat, en wie helpt bij communicatie in een crisis.",
   "paden": [
    "personen"
   ],
   "zonder": [
    "personen.schoolleiding",
    "personen.vertrouwenspersoon",
    "personen.externe_vertrouwenspersoon",
    "personen.zorgcoordinator",
    "personen.socialemediafunctionaris"
   ]
  },
  {
   "id": "politie",
   "titel": "Politie",
   "uitleg": "De vaste contactpersoon bij de politie en wat u samen hebt afgesproken.",
   "paden": [
    "politie"
   ],
   "zonder": []
  },
  {
   "id": "meldkanalen",
   "titel": "Meldkanalen",
   "uitleg": "Hoe leerlingen, ouders en personeel iets kunnen melden.",
   "paden": [
    "meldkanalen"
   ],
   "zonder": []
  },
  {
   "id": "werkwijze",
   "titel": "Werkwijze",
   "uitleg": "Wie het contact met het slachtoffer houdt, en wie helpt om beelden te laten verwijderen.",
   "paden": [
    "protocol"
   ],
   "zonder": [
    "protocol.escalatie",
    "protocol.sancties"
   ]
  },
  {
   "id": "opschalen",
   "titel": "Route bij opschalen",
   "uitleg": "De route van licht naar zwaar: wie neemt het over als het ernstiger wordt.",
   "paden": [
    "protocol.escalatie"
   ],
   "zonder": []
  },
  {
   "id": "maatregelen",
   "titel": "Maatregelen",
   "uitleg": "De maatregelen van de school, van licht naar zwaar, en wie erover besluit.",
   "paden": [
    "protocol.sancties"
   ],
   "zonder": []
  },
  {
   "id": "documenten",
   "titel": "Documenten",
   "uitleg": "De webadressen van uw eigen documenten. Een adres zonder https:// aan het begin vult het formulier aan.",
   "paden": [
    "documenten"
   ],
   "zonder": []
  },
  {
   "id": "sociale_kaart",
   "titel": "Sociale kaart",
   "uitleg": "Met welke organisaties in de buurt u samenwerkt.",
   "paden": [
    "sociale_kaart"
   ],
   "zonder": []
  },
  {
   "id": "beleid",
   "titel": "Vaststelling en evaluatie",
   "uitleg": "Wie het protocol vaststelde, wanneer, en wanneer u het weer bekijkt.",
   "paden": [
    "beleid"
   ],
   "zonder": []
  },
  {
   "id": "huisstijl",
   "titel": "Huisstijl",
   "uitleg": "Het logo en de kleuren van de school. Kies hieronder het logobestand: het komt samen met school_config.yml in het zip-bestand dat u aan het eind opslaat.",
   "paden": [
    "school.logo",
    "school.kleuren"
   ],
   "zonder": []
  }
 ],
 "woorden": {
  "po": {
   "sector_naam": "primair onderwijs",
   "leerling": "leerling",
   "leerlingen": "leerlingen",
   "kind": "kind",
   "kinderen": "kinderen",
   "mentor": "groepsleerkracht",
   "mentoren": "groepsleerkrachten",
   "mentor_voluit": "groepsleerkracht",
   "klas": "groep",
   "klassen": "groepen",
   "klasgenoten": "groepsgenoten",
   "ouders": "ouders",
   "ouders_kort": "ouders",
   "zorgcoordinator": "intern begeleider",
   "zorgteam": "zorgteam",
   "schoolgids": "schoolgids",
   "de_schoolgids": "de schoolgids",
   "medezeggenschap": "medezeggenschapsraad (MR)",
   "doelgroep": "kinderen van 4 tot 12 jaar",
   "volwassen": false
  },
  "vo": {
   "sector_naam": "voortgezet onderwijs",
   "leerling": "leerling",
   "leerlingen": "leerlingen",
   "kind": "jongere",
   "kinderen": "jongeren",
   "mentor": "mentor",
   "mentoren": "mentoren",
   "mentor_voluit": "mentor",
   "klas": "klas",
   "klassen": "klassen",
   "klasgenoten": "klasgenoten",
   "ouders": "ouders",
   "ouders_kort": "ouders",
   "zorgcoordinator": "zorgco\u00f6rdinator",
   "zorgteam": "zorgadviesteam",
   "schoolgids": "schoolgids",
   "de_schoolgids": "de schoolgids",
   "medezeggenschap": "medezeggenschapsraad (MR)",
   "doelgroep": "jongeren van ongeveer 12 tot 18 jaar",
   "volwassen": false
  },
  "mbo": {
   "sector_naam": "middelbaar beroepsonderwijs",
   "leerling": "student",
   "leerlingen": "studenten",
   "kind": "student",
   "kinderen": "studenten",
   "mentor": "SLB'er",
   "mentoren": "SLB'ers",
   "mentor_voluit": "studieloopbaanbegeleider (SLB'er)",
   "klas": "klas of opleidingsgroep",
   "klassen": "klassen en opleidingsgroepen",
   "klasgenoten": "medestudenten",
   "ouders": "ouders (als dat van toepassing is)",
   "ouders_kort": "ouders",
   "zorgcoordinator": "zorgco\u00f6rdinator",
   "zorgteam": "zorgadviesteam",
   "schoolgids": "studentenstatuut",
   "de_schoolgids": "het studentenstatuut",
   "medezeggenschap": "ondernemingsraad en studentenraad",
   "doelgroep": "studenten vanaf ongeveer 16 jaar, van wie veel al volwassen zijn",
   "volwassen": true
  }
 },
 "functies": {
  "schoolleiding": "Schoolleiding",
  "vertrouwenspersoon": "Vertrouwenspersoon",
  "externe_vertrouwenspersoon": "Externe vertrouwenspersoon",
  "zorgcoordinator": "Zorgco\u00f6rdinator",
  "socialemediafunctionaris": "Functionaris sociale media",
  "woordvoerder": "Woordvoerder",
  "crisiscommunicatie": "Crisiscommunicatie",
  "contactpersoon": "Wijkagent"
 },
 "regels": {
  "openbaar_leeg": "Bij openbaar staat '{detail}', maar dat gegeven is niet ingevuld.",
  "meldkanaal_leeg": "Vul bij dit meldkanaal een link, telefoonnummer of e-mailadres in.",
  "evaluatie_voor_vaststelling": "De volgende evaluatie ligt niet na de datum van vaststelling.",
  "geen_anoniem_kanaal": "Er is geen anoniem of vertrouwelijk meldkanaal. Leerlingen melden vaak pas als niemand hoeft te weten wie het was.",
  "rol_ontbreekt": "De rol '{rol}' wordt hier gebruikt, maar staat niet ingevuld onder personen. Vul personen.{rol} in, of kies een andere rol."
 },
 "rollen": {
  "mentor": "Mentor van de leerling",
  "schoolleiding": "Schoolleiding",
  "vertrouwenspersoon": "Vertrouwenspersoon",
  "externe_vertrouwenspersoon": "Externe vertrouwenspersoon",
  "zorgcoordinator": "Zorgco\u00f6rdinator",
  "socialemediafunctionaris": "Functionaris sociale media",
  "woordvoerder": "Woordvoerder",
  "crisiscommunicatie": "Crisiscommunicatie",
  "wijkagent": "Wijkagent (politie)"
 },
 "sectoren": {
  "po": {
   "rollen": {
    "mentor": "Groepsleerkracht van de leerling",
    "zorgcoordinator": "Intern begeleider"
   },
   "functies": {
    "zorgcoordinator": "Intern begeleider"
   },
   "velden": {
    "personen.zorgcoordinator": {
     "title": "Intern begeleider"
    },
    "personen.zorgcoordinator.functie": {
     "placeholder": "Intern begeleider",
     "help": "Leeg laten geeft: Intern begeleider."
    },
    "termen.mentor": {
     "placeholder": "groepsleerkracht"
    },
    "termen.mentoren": {
     "placeholder": "groepsleerkrachten"
    },
    "protocol.escalatie.[].titel": {
     "help": "Bijvoorbeeld 'Groepsleerkracht', 'Intern begeleider' of 'Zorgteam'."
    },
    "protocol.sancties.[].maatregel": {
     "help": "Bijvoorbeeld: Gesprek met de groepsleerkracht."
    },
    "protocol.sancties.[].besluit": {
     "help": "Bijvoorbeeld: groepsleerkracht."
    },
    "protocol.contact_slachtoffer_leerling": {
     "title": "Contactpersoon als een leerling slachtoffer is"
    }
   }
  },
  "vo": {
   "rollen": {
    "mentor": "Mentor van de leerling",
    "zorgcoordinator": "Zorgco\u00f6rdinator"
   },
   "functies": {},
   "velden": {
    "personen.zorgcoordinator": {
     "title": "Zorgco\u00f6rdinator"
    },
    "personen.zorgcoordinator.functie": {
     "placeholder": "Zorgco\u00f6rdinator",
     "help": "Leeg laten geeft: Zorgco\u00f6rdinator."
    },
    "termen.mentor": {
     "placeholder": "mentor"
    },
    "termen.mentoren": {
     "placeholder": "mentoren"
    },
    "protocol.escalatie.[].titel": {
     "help": "Bijvoorbeeld 'Mentor', 'Zorgco\u00f6rdinator' of 'Zorgadviesteam'."
    },
    "protocol.sancties.[].maatregel": {
     "help": "Bijvoorbeeld: Gesprek met de mentor."
    },
    "protocol.sancties.[].besluit": {
     "help": "Bijvoorbeeld: mentor."
    },
    "protocol.contact_slachtoffer_leerling": {
     "title": "Contactpersoon als een leerling slachtoffer is"
    }
   }
  },
  "mbo": {
   "rollen": {
    "mentor": "Studieloopbaanbegeleider (SLB'er) van de student",
    "zorgcoordinator": "Zorgco\u00f6rdinator"
   },
   "functies": {},
   "velden": {
    "personen.zorgcoordinator": {
     "title": "Zorgco\u00f6rdinator"
    },
    "personen.zorgcoordinator.functie": {
     "placeholder": "Zorgco\u00f6rdinator",
     "help": "Leeg laten geeft: Zorgco\u00f6rdinator."
    },
    "termen.mentor": {
     "placeholder": "SLB'er"
    },
    "termen.mentoren": {
     "placeholder": "SLB'ers"
    },
    "protocol.escalatie.[].titel": {
     "help": "Bijvoorbeeld 'SLB'er', 'Zorgco\u00f6rdinator' of 'Zorgadviesteam'."
    },
    "protocol.sancties.[].maatregel": {
     "help": "Bijvoorbeeld: Gesprek met de SLB'er."
    },
    "protocol.sancties.[].besluit": {
     "help": "Bijvoorbeeld: SLB'er."
    },
    "protocol.contact_slachtoffer_leerling": {
     "title": "Contactpersoon als een student slachtoffer is"
    }
   }
  }
 },
 "maxVelden": 8
};
