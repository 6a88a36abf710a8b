#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (blind set 709: zze01-zze08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('fatalities / executed / martyred / shot dead / graves / lost N fighters / civilian deaths',
     r'\bfatalities\b|\bexecuted\b|\bmartyred\b|\bshot dead\b|\bgraves\b|\blost\b|\bdeaths\b'),
    ('capture / captured / abducted / detained', r'\bcapture[d]?\b'),
    ('have left / had left / sheltering', r'\bleft\b|\bsheltering\b'),
    ('minor injuries / with injuries', r'\binjuries\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('Khawarij/militiamen/operatives/bodyguards/commanders/accomplices',
     r'\b(?:Khawarij|militiamen|operatives|bodyguards|commanders|accomplices)\b'),
    ('elders/young men/households/families/patients/suspects',
     r'\b(?:elders|young men|households|families|patients|suspects)\b'),
    ('deputies/drivers/health workers', r'\b(?:deputies|drivers|health workers)\b'),
]

# zze01: Al-Shabaab overruns the army base at Masagawa, Galgaduud (AFP style, one sentence a paragraph,
# en-dash dateline, British spelling, curly quotes)
A['zze01.txt'] = dict(
    casualty=[
        C('killing at least 19 soldiers', 'killed', 19, 'at-least', 'soldiers', id='tot'),
        C('wounding 27 others', 'injured', 27, 'exact', 'soldiers'),
        C('lost 19 soldiers', 'killed', 19, 'exact', 'soldiers', id='r19', tags='repeat'),
        C('two of his deputies', 'killed', 2, 'exact', 'soldiers', sub='r19'),
        C('killed 64 soldiers', 'killed', 64, 'exact', 'soldiers', tags='contradicted'),
        C('seven soldiers had died', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('killed more than 40 militants', 'killed', 40, 'at-least', 'fighters'),
        C('23 wounded soldiers', 'injured', 23, 'exact', 'soldiers', id='h'),
        C('four of them', 'injured', 4, 'exact', 'soldiers', sub='h'),
        C('Two of the wounded later died', 'killed', 2, 'exact', 'soldiers', sub='h'),
        C('the death toll to 21', 'killed', 21, 'exact', 'soldiers', tags='update'),
        C('two children', 'injured', 2, 'exact', 'children'),
        C('lost five fighters', 'killed', 5, 'exact', 'fighters'),
        C('eight more were unaccounted for', 'missing', 8, 'exact', 'fighters'),
        C('arrested 12 suspects', 'detained', 12, 'exact', 'people'),
        C('Hundreds of families fled', 'displaced', None, 'vague', 'people'),
        C('at least 380 fatalities', 'killed', 380, 'at-least', 'people'),
        C('some 140,000 people had been displaced', 'displaced', 140000, 'approx', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('an army officer in the Galgaduud region', 'anonymous'),
        S('the officer', 'anonymous'),
        S('Al-Shabaab', 'military', nth=1),
        S('its Andalus radio station', 'media'),
        S('Government spokesman Farhan Jimale Osman', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('A doctor at the general hospital in Dhusamareb', 'anonymous'),
        S('the doctor', 'anonymous'),
        S('a relative', 'witness', form='role'),
        S('Abdiqadir Farah Gurey', 'military', form='name'),
        S('Gurey', 'military', nth=1, form='name'),
        S('Galmudug’s security minister, Abdullahi Sheikh Ali', 'official', form='title-name'),
        S('Halima Abdi', 'other', form='name'),
        S('The Armed Conflict Location & Event Data Project (ACLED)', 'ngo'),
        S('the monitor', 'ngo'),
        S('The UN humanitarian office, OCHA', 'ngo'),
    ],
    numbers=[
        N('three directions', 'count-objects'),
        N('about 4:30 am', 'time'),
        N('dozens of gunmen', 'count-people'),
        N('11 military vehicles', 'count-objects'),
        N('nearly three hours', 'duration'),
        N('about 90 kilometres', 'distance'),
        N('several times', 'other'),
        N('2022-2023', 'year'),
        N('2022 and 2023', 'year'),
    ])

# zze02: a suicide bombing at a checkpoint tea shop in Burweyn, Hiraan (Reuters style, Reuters dateline and
# sign-off, American spelling, straight quotes)
A['zze02.txt'] = dict(
    casualty=[
        C('killing at least 14 people', 'killed', 14, 'at-least', 'people', id='tot'),
        C('six soldiers', 'killed', 6, 'exact', 'soldiers', sub='tot'),
        C('31 people had been wounded', 'injured', 31, 'exact', 'people', id='w'),
        C('at least ten bodies', 'killed', 10, 'at-least', 'people'),
        C('killed 23 "apostate soldiers"', 'killed', 23, 'exact', 'soldiers', tags='contradicted'),
        C('wounded dozens more', 'injured', None, 'vague', 'soldiers'),
        C('the death toll had risen to 17', 'killed', 17, 'exact', 'people', tags='update'),
        C('three of the wounded died', 'killed', 3, 'exact', 'people', sub='w'),
        C('26 patients', 'injured', 26, 'exact', 'people', id='p'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='p'),
        C('shot dead two accomplices', 'killed', 2, 'exact', 'people'),
        C('detained three other men', 'detained', 3, 'exact', 'men'),
        C('the number of dead at nine', 'killed', 9, 'exact', 'people', tags='contradicted'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
        C('at least 15 of the wounded', 'injured', 15, 'at-least', 'people', sub='w'),
        C('42 Al Shabaab fighters', 'killed', 42, 'exact', 'fighters', id='f'),
        C('four commanders', 'killed', 4, 'exact', 'fighters', sub='f'),
        C('forced more than 100,000 people from their homes', 'displaced', 100000, 'at-least', 'people'),
    ],
    sources=[
        S('a regional official', 'anonymous'),
        S('Hiraan regional governor Abdiwahid Hassan Nuur', 'official', form='title-name'),
        S('Hassan Mohamud Adan', 'witness', form='name'),
        S('Al Shabaab', 'military', nth=0),
        S('Government officials', 'official'),
        S('a doctor at Beledweyne General Hospital', 'anonymous'),
        S('The doctor', 'anonymous'),
        S('The Somali National Army', 'military'),
        S('The army statement', 'military', form='document'),
        S('Residents', 'witness'),
        S('Faadumo Ibrahim', 'other', form='name'),
        S("An official at the Hiraan region's health office", 'anonymous'),
        S('The Hirshabelle state government', 'official'),
        S('President Hassan Sheikh Mohamud', 'official', form='title-name'),
        S('The United Nations', 'ngo'),
    ],
    numbers=[
        N('38-year-old', 'age'),
        N('about 50 meters', 'distance'),
        N('about 4 km', 'distance'),
        N('2.5 miles', 'distance'),
        N('at least eight shops', 'count-objects'),
        N('two minibuses', 'count-objects'),
        N('30 km', 'distance'),
        N('2022', 'year'),
        N('several villages', 'count-objects'),
        N('two days', 'duration'),
        N('87 to 4', 'vote'),
        N('$12 million', 'money'),
    ])

# zze03: the army "liberates" Raga Ceel, Middle Shabelle (state news agency SONNA: defence ministry
# communiqué, "Khawarij", "martyred", digits, en-dash dateline, British spelling, straight quotes)
A['zze03.txt'] = dict(
    casualty=[
        C('killing 37 Khawarij', 'killed', 37, 'exact', 'fighters'),
        C('the capture of 6 terrorists', 'detained', 6, 'exact', 'fighters'),
        C('A number of the Khawarij fled with injuries', 'injured', None, 'vague', 'fighters'),
        C('3 soldiers had been martyred', 'killed', 3, 'exact', 'soldiers'),
        C('8 others sustained minor injuries', 'injured', 8, 'exact', 'soldiers'),
        C('20 soldiers were killed', 'killed', 20, 'exact', 'soldiers', tags='contradicted'),
        C('15 others captured', 'detained', 15, 'exact', 'soldiers', tags='contradicted'),
        C('executed 5 civilians', 'killed', 5, 'exact', 'civilians', id='ex'),
        C('2 elders', 'killed', 2, 'exact', 'civilians', sub='ex'),
        C('abducted 11 young men', 'detained', 11, 'exact', 'men'),
        C('more than 600 families who had fled', 'displaced', 600, 'at-least', 'people'),
        C('14 civilians wounded', 'injured', 14, 'exact', 'civilians', id='cw'),
        C('6 of them children', 'injured', 6, 'exact', 'children', sub='cw'),
    ],
    sources=[
        S('the Ministry of Defence', 'military', nth=0),
        S('the ministry', 'military'),
        S('the statement', 'military', form='document'),
        S('Deputy Minister of Defence Yusuf Abdi Jama', 'military', form='title-name'),
        S('The Deputy Minister', 'military', form='role'),
        S("the terrorist group's media wing", 'military'),
        S('The commander of the 14th October Division, Colonel Mahad Osman Qorane', 'military',
          form='title-name'),
        S('The Governor of the Middle Shabelle Region, Mr Abdiqadir Hassan Iftin', 'official', form='title-name'),
        S('the Governor', 'official', form='role'),
        S('The Ministry of Health', 'official'),
        S('Traditional elders in Raga Ceel', 'other'),
        S('the Ministry of Defence', 'military', nth=1),
    ],
    numbers=[
        N('9 October 2025', 'date'),
        N('7 and 8 October', 'date'),
        N('14th October Division', 'other', nth=0),
        N('4 technical vehicles', 'count-objects'),
        N('14th October Division', 'other', nth=1),
        N('9 landmines', 'count-objects'),
        N('3 improvised explosive devices', 'count-objects'),
        N('some 25 km', 'distance'),
        N('more than US$40,000', 'money'),
        N('about 130 km', 'distance'),
        N('August 2022', 'date'),
        N('more than 215 towns and villages', 'count-objects'),
        N('5555', 'other'),
    ])

# zze04: mortar rounds hit the health centre in Wabho, Galgaduud (NGO statement: headline, en-dash
# dateline, first person plural, demands, notes to editors, media contact; British spelling, curly quotes)
A['zze04.txt'] = dict(
    casualty=[
        C('three health workers killed', 'killed', 3, 'exact', 'other'),
        C('Three of our health workers were killed', 'killed', 3, 'exact', 'other', tags='repeat'),
        C('two others injured', 'injured', 2, 'exact', 'other'),
        C('Nine patients', 'injured', 9, 'exact', 'people', id='pt'),
        C('five women', 'injured', 5, 'exact', 'women', sub='pt'),
        C('between 20 and 30 wounded people', 'injured', None, 'range', 'people', low=20, high=30),
        C('One of our drivers', 'missing', 1, 'exact', 'other'),
        C('at least 22 civilians had been killed', 'killed', 22, 'at-least', 'civilians'),
        C('more than 70 wounded', 'injured', 70, 'at-least', 'civilians'),
        C('some 3,500 households have fled', 'displaced', 3500, 'approx', 'people'),
        C('two of my children', 'killed', 2, 'exact', 'children'),
        C('61 wounded', 'injured', 61, 'exact', 'people', id='hw'),
        C('17 children', 'injured', 17, 'exact', 'children', sub='hw'),
        C('six of them had died', 'killed', 6, 'exact', 'people', sub='hw'),
        C('killed “more than 50” government soldiers', 'killed', 50, 'at-least', 'soldiers', tags='contradicted'),
        C('lost eight soldiers', 'killed', 8, 'exact', 'soldiers', tags='contradicted'),
        C('the 61 patients', 'injured', 61, 'exact', 'people', tags='repeat'),
        C('12 health workers were killed', 'killed', 12, 'exact', 'other'),
    ],
    sources=[
        S('the humanitarian organisation Kaalmo Health Partners (KHP)', 'ngo'),
        S('Dr Hodan Warsame', 'ngo', form='title-name'),
        S('Local authorities in Wabho', 'official'),
        S('the district commissioner, Abdullahi Hirsi Yusuf', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Maryan', 'witness', form='name'),
        S('The Galmudug Ministry of Health', 'official'),
        S('Al-Shabaab', 'military', nth=1),
        S('the government', 'official'),
        S('the army', 'military'),
        S('the World Health Organization', 'ngo'),
    ],
    numbers=[
        N('14 August 2025', 'date'),
        N('an estimated 45,000 people', 'population'),
        N('at least four rounds', 'count-objects'),
        N('around 22:40', 'time'),
        N('14 patients', 'count-people'),
        N('41-year-old', 'age'),
        N('mother of six', 'count-people'),
        N('two days', 'duration'),
        N('2011', 'year'),
        N('9 health facilities', 'count-objects'),
        N('38 attacks on health care', 'count-objects'),
        N('2024', 'year'),
        N('+254 712 000 481', 'other'),
    ])

# zze05: fighting and displacement around Jawil, Hiraan (UN OCHA-style flash update: title, highlights,
# situation overview, displacement by destination, response by sector, funding; bullets, digits, "per cent")
A['zze05.txt'] = dict(
    casualty=[
        C('displaced an estimated 9,200 people', 'displaced', 9200, 'approx', 'people'),
        C('At least 12 civilians have been killed', 'killed', 12, 'at-least', 'civilians', id='k1'),
        C('4 children', 'killed', 4, 'exact', 'children', sub='k1'),
        C('35 others injured', 'injured', 35, 'exact', 'civilians'),
        C('12 civilians were killed', 'killed', 12, 'exact', 'civilians', id='k2', tags='repeat'),
        C('4 of them children', 'killed', 4, 'exact', 'children', sub='k2', tags='repeat'),
        C('35 others were injured', 'injured', 35, 'exact', 'civilians', id='i2', tags='repeat'),
        C('11 of them', 'injured', 11, 'exact', 'civilians', sub='i2'),
        C('2 women', 'missing', 2, 'exact', 'women'),
        C('at least 17 men were detained', 'detained', 17, 'at-least', 'men', id='dt'),
        C('9 of them', 'detained', 9, 'exact', 'men', sub='dt'),
        C('more than 40 soldiers and militia members were killed', 'killed', 40, 'at-least', 'soldiers',
          tags='contradicted'),
        C('7 soldiers killed', 'killed', 7, 'exact', 'soldiers', tags='contradicted'),
        C('26 Al-Shabaab fighters killed', 'killed', 26, 'exact', 'fighters'),
        C('an estimated 9,200 people', 'displaced', 9200, 'approx', 'people', nth=1, id='d2', tags='repeat'),
        C('about 1,530 households', 'displaced', 1530, 'approx', 'people'),
        C('about 5,100 people', 'displaced', 5100, 'approx', 'people', sub='d2'),
        C('2,600', 'displaced', 2600, 'exact', 'people', sub='d2'),
        C('some 1,500 are sheltering', 'displaced', 1500, 'approx', 'people', sub='d2'),
        C('48 war-wounded patients', 'injured', 48, 'exact', 'people', id='h'),
        C('5 of whom died', 'killed', 5, 'exact', 'people', sub='h'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Local authorities', 'official'),
        S('The Hiraan regional administration', 'official'),
        S('Protection partners', 'ngo'),
        S('Al-Shabaab-affiliated media', 'media'),
        S('The Government', 'official'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('Beledweyne General Hospital', 'official'),
    ],
    numbers=[
        N('Flash Update No. 2', 'other'),
        N('3 June 2025', 'date'),
        N('18 km', 'distance'),
        N('29 May', 'date', nth=0),
        N('6 surrounding villages', 'count-objects'),
        N('29 May', 'date', nth=1),
        N('4 days', 'duration'),
        N('30 May and 1 June', 'date'),
        N('More than 60 per cent', 'percentage'),
        N('November 2023', 'date'),
        N('2.4 million people', 'count-people'),
        N('29 May', 'date', nth=2),
        N('about 7 more days', 'duration'),
        N('640 households', 'count-people'),
        N('1 and 2 June', 'date'),
        N('900 kits', 'count-objects'),
        N('4,800 people', 'count-people'),
        N('US$70', 'money'),
        N('23', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$1.42 billion', 'money'),
        N('15 per cent', 'percentage'),
    ])

# zze06: an air strike on Gololey, Middle Shabelle, and the disputed count of its dead (a broadcaster's
# website: headline and byline instead of a dateline; British spelling, curly quotes, en-dash aside)
A['zze06.txt'] = dict(
    casualty=[
        C('At least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='tot'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('two of his children', 'killed', 2, 'exact', 'children'),
        C('14 people had been wounded', 'injured', 14, 'exact', 'people', id='w'),
        C('eight of them', 'injured', 8, 'exact', 'people', sub='w'),
        C('six patients', 'injured', 6, 'exact', 'people', id='m'),
        C('two of whom died', 'killed', 2, 'exact', 'people', sub='m'),
        C('the death toll to 13', 'killed', 13, 'exact', 'civilians', tags='update'),
        C('19 civilians had been killed', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('killing four al-Shabaab operatives', 'killed', 4, 'exact', 'fighters', tags='contradicted'),
        C('several of his bodyguards', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('dozens of families had since left', 'displaced', None, 'vague', 'people'),
        C('arrested seven young men', 'detained', 7, 'exact', 'men'),
        C('at least 31 civilian deaths', 'killed', 31, 'at-least', 'civilians'),
    ],
    sources=[
        S('residents', 'witness'),
        S('a local lawmaker', 'anonymous'),
        S('Mohamed Nur Ali', 'witness', nth=0, form='name'),
        S('The local lawmaker', 'anonymous'),
        S('Mogadishu’s Madina hospital', 'official'),
        S('the lawmaker', 'anonymous'),
        S('Al-Shabaab’s Radio Andalus', 'media'),
        S('The US Africa Command (AFRICOM)', 'military'),
        S('Somalia’s Ministry of Information', 'official'),
        S('The district commissioner of Balcad, Hassan Ibrahim Gedi', 'official', form='title-name'),
        S('Residents', 'witness'),
        S('Somali Human Rights Observers', 'ngo'),
        S('the New America think tank', 'ngo'),
        S('Mohamed Nur Ali', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('about 6.15pm', 'time'),
        N('three houses', 'count-objects'),
        N('some 40 households', 'population'),
        N('about 60 kilometres', 'distance'),
        N('16 October', 'date'),
        N('more than 100 strikes', 'count-objects'),
    ])

# zze07: clan militias fight over a borehole near Baxdo, Galgaduud (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['zze07.txt'] = dict(
    casualty=[
        C('killing at least 26 people', 'killed', 26, 'at-least', 'people', id='tot'),
        C('18 of the dead were militiamen', 'killed', 18, 'exact', 'fighters', sub='tot'),
        C('two women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('At least 40 people were wounded', 'injured', 40, 'at-least', 'people', id='w'),
        C('17 wounded', 'injured', 17, 'exact', 'people', id='g', sub='w'),
        C('three had died', 'killed', 3, 'exact', 'people', sub='g'),
        C('the death toll at 34', 'killed', 34, 'exact', 'people', tags='contradicted'),
        C('dozens of fighters were still unaccounted for', 'missing', None, 'vague', 'fighters'),
        C('detained 23 militiamen', 'detained', 23, 'exact', 'fighters'),
        C('about 2,000 families had fled', 'displaced', 2000, 'approx', 'people'),
        C('killed nine Galmudug soldiers', 'killed', 9, 'exact', 'soldiers', tags='contradicted'),
        C('two soldiers were killed', 'killed', 2, 'exact', 'soldiers', tags='contradicted'),
        C('five wounded', 'injured', 5, 'exact', 'soldiers'),
        C('displaced more than 45,000 people', 'displaced', 45000, 'at-least', 'people'),
    ],
    sources=[
        S('elders', 'other'),
        S('local officials', 'official'),
        S('Abdirahman Hashi', 'official', form='name'),
        S('Hashi', 'official', nth=1, form='name'),
        S('Dr. Abdullahi Farah', 'official', form='title-name'),
        S('One elder, Sheikh Omar Abdi Geedi', 'other', form='title-name'),
        S("The state's security minister", 'official', form='role'),
        S('Residents', 'witness'),
        S('Asha Warsame', 'witness', form='name'),
        S('Relatives', 'witness'),
        S('U.N. estimates', 'ngo', form='document'),
        S('Ayaan Mohamed', 'other', form='name'),
        S('al-Shabaab', 'military'),
        S('A Galmudug military spokesman, Capt. Mohamed Abdi Sirad', 'military', form='title-name'),
        S('The U.N. humanitarian agency', 'ngo'),
    ],
    numbers=[
        N('three days', 'duration'),
        N('12-year-old', 'age'),
        N('One elder', 'count-people'),
        N('two sides', 'other'),
        N('40 weapons', 'count-objects'),
        N('four mounted machine guns', 'count-objects'),
        N('some 60 miles', 'distance'),
        N('95 kilometers', 'distance'),
        N('mother of four', 'count-people'),
        N('80', 'age'),
        N('2021 and 2022', 'year'),
        N('some 3 million head of livestock', 'count-objects'),
        N('2022', 'year', nth=1),
        N('2024', 'year'),
    ])

# zze08: Hawadley, Middle Shabelle, after its second recapture (a newspaper's own correspondent: headline,
# "from our correspondent", first person, present-tense "says", em-dash asides, curly quotes, British
# spelling)
A['zze08.txt'] = dict(
    casualty=[
        C('43 fresh graves', 'killed', 43, 'exact', 'people', id='g'),
        C('29 of them civilians', 'killed', 29, 'exact', 'civilians', sub='g'),
        C('executed 11 men', 'killed', 11, 'exact', 'men'),
        C('more than 8,000 of them fled', 'displaced', 8000, 'at-least', 'people'),
        C('killed 70 militants', 'killed', 70, 'exact', 'fighters', tags='contradicted'),
        C('lost nine soldiers', 'killed', 9, 'exact', 'soldiers'),
        C('16 were wounded', 'injured', 16, 'exact', 'soldiers'),
        C('detained about 40 men', 'detained', 40, 'approx', 'men', id='dt'),
        C('31 of them', 'detained', 31, 'exact', 'men', sub='dt'),
        C('a dozen of its fighters had been killed', 'killed', 12, 'exact', 'fighters', tags='contradicted'),
        C('27 people who are still missing', 'missing', 27, 'exact', 'people'),
        C('more than 60 wounded', 'injured', 60, 'at-least', 'people', id='cl'),
        C('eight died', 'killed', 8, 'exact', 'people', sub='cl'),
        C('some 160,000 people have been displaced', 'displaced', 160000, 'approx', 'people'),
    ],
    sources=[
        S('Sheikh Abdullahi Moalim', 'other', form='title-name'),
        S('Residents', 'witness'),
        S('Faadumo Hassan', 'witness', form='name'),
        S('The district commissioner, Abdiwali Mohamed Elmi', 'official', form='title-name'),
        S('The army', 'military'),
        S('Colonel Bashir Abdi Mahad', 'military', form='title-name'),
        S('Colonel Mahad', 'military', form='title-name'),
        S('Al-Shabaab', 'military', nth=1),
        S('the group', 'military'),
        S('its radio', 'media'),
        S('A handwritten list', 'other', form='document'),
        S('Nurses at the town’s only clinic', 'anonymous'),
        S('Hibo Abdirahman', 'witness', form='name'),
        S('the UN’s refugee agency, UNHCR', 'ngo'),
        S('Hussein', 'witness', nth=1, form='name'),
    ],
    numbers=[
        N('a handful of tea shops', 'count-objects'),
        N('34', 'age'),
        N('three days', 'duration'),
        N('about 12,000 people', 'population'),
        N('40 kilometres', 'distance'),
        N('Fewer than 3,000', 'count-people'),
        N('27th Battalion', 'other'),
        N('two-room building', 'count-objects'),
        N('one of them', 'count-people'),
        N('60', 'age', nth=1),
        N('two wives', 'count-people'),
        N('nine children', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
