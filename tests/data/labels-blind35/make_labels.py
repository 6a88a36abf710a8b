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

# ---------------------------------------------------------------- labels (35th blind set: oo01-oo08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyred / martyrdom / eliminated / shot dead / coffins',
     r'\bmartyr(?:ed|dom)\b|\beliminated\b|\bshot dead\b|\bcoffins\b'),
    ('arrest / captured / abducted / taken away / in detention',
     r'\barrest(?:ed|ing)?\b|\bcaptured\b|\btaken away\b|\bdetention\b'),
    ('injury / taken to hospitals', r'\binjury\b|\btaken to hospitals\b'),
    ('crossed the border / crossed into / new arrivals / left', r'\bcrossed\b|\barrivals\b|\bleft\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('boys/pupils', r'\b(?:boys|pupils)\b'),
    ('gunmen/militia fighters/PMF fighters', r'\b(?:gunmen|militia fighters|PMF fighters)\b'),
    ('policemen/police officers/peacekeepers/members of the regional police',
     r'\b(?:policemen|peacekeepers|members of the regional police)\b'),
    ('passengers/families/neighbours/Palestinians/Israelis/young men',
     r'\b(?:passengers|families|neighbours|Palestinians|Israelis|young men)\b'),
]

# oo01: a suicide bombing at a madrasa in Qalat, Zabul province, Afghanistan (Reuters style)
A['oo01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('wounding 34 others', 'injured', 34, 'exact', 'people', id='inj'),
        C('11 of the dead were boys', 'killed', 11, 'exact', 'children', sub='tot'),
        C('two or three boys were still unaccounted for', 'missing', None, 'range', 'children', low=2, high=3),
        C('17 bodies', 'killed', 17, 'exact', 'people'),
        C('31 wounded people', 'injured', 31, 'exact', 'people', id='hosp'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='hosp'),
        C('Two other bodies', 'killed', 2, 'exact', 'people'),
        C('12 people had been "martyred"', 'killed', 12, 'exact', 'people', tags='contradicted'),
        C('25 wounded', 'injured', 25, 'exact', 'people', tags='contradicted'),
        C('killed more than a dozen people', 'killed', 12, 'at-least', 'people'),
        C('23 coffins', 'killed', 23, 'exact', 'people', tags='contradicted'),
        C('the death toll to 24', 'killed', 24, 'exact', 'people', id='upd', tags='update'),
        C('five of the wounded had died', 'killed', 5, 'exact', 'people', sub='inj'),
        C('at least 14 of the victims were children', 'killed', 14, 'at-least', 'children', sub='upd'),
        C('killed 143 civilians', 'killed', 143, 'exact', 'civilians'),
        C('wounded 389', 'injured', 389, 'exact', 'civilians'),
        C('detained six suspects', 'detained', 6, 'exact', 'people'),
        C('killed two gunmen', 'killed', 2, 'exact', 'fighters'),
    ],
    sources=[
        S('officials of the Taliban administration', 'official'),
        S('Mohammad Qasim Hemat', 'official', form='name'),
        S('Hemat', 'official', nth=1, form='name'),
        S('Zalmai Noorzai', 'official', form='name'),
        S("A spokesman for the Taliban's Interior Ministry in Kabul, Abdul Mateen Qani", 'official',
          form='title-name'),
        S('A resident of Qalat', 'anonymous'),
        S("the provincial governor's office", 'official'),
        S('The U.N. Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('The mission', 'ngo'),
        S('Police in Zabul', 'official', form='collective'),
    ],
    numbers=[
        N('12:30 p.m.', 'time'),
        N('about 300 students and teachers', 'count-people'),
        N('between 12 and 17 years old', 'age'),
        N('one of the older students', 'other'),
        N('several attacks', 'count-objects'),
        N('some 140 km', 'distance'),
        N('87 miles', 'distance'),
        N('about 400,000 people', 'population'),
        N('20-year war', 'duration'),
        N('August 2021', 'date'),
    ])

# oo02: an Israeli raid on the Nur Shams camp near Tulkarm, occupied West Bank (AFP style)
A['oo02.txt'] = dict(
    casualty=[
        C('killed five Palestinians', 'killed', 5, 'exact', 'people', id='tot'),
        C('three of the dead', 'killed', 3, 'exact', 'people', sub='tot'),
        C('at least 17 people were wounded', 'injured', 17, 'at-least', 'people', id='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='inj'),
        C('eliminated” four “terrorists”', 'killed', 4, 'exact', 'fighters'),
        C('two border police officers had been lightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('arrested 12 “wanted suspects”', 'detained', 12, 'exact', 'people'),
        C('11 of the wounded', 'injured', 11, 'exact', 'people', sub='inj'),
        C('two of its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('the toll to six', 'killed', 6, 'exact', 'people', tags='update'),
        C('detained between 25 and 30 people', 'detained', None, 'range', 'people', low=25, high=30, id='det'),
        C('three women', 'detained', 3, 'exact', 'women', sub='det'),
        C('roughly 9,000 residents had been displaced', 'displaced', 9000, 'approx', 'civilians'),
        C('killed at least 940 Palestinians', 'killed', 940, 'at-least', 'people'),
        C('At least 35 Israelis', 'killed', 35, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The ministry', 'official'),
        S('The Israeli military', 'military'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('Umm Khaled', 'witness', form='name'),
        S('The Tulkarm Battalion', 'military'),
        S('The health ministry', 'official'),
        S('the Palestinian Prisoners’ Society', 'ngo'),
        S('The UN agency for Palestinian refugees, UNRWA', 'ngo'),
        S('an UNRWA official in Tulkarm', 'anonymous'),
        S('the Palestinian health ministry', 'official', nth=1),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('more than three hours', 'duration'),
        N('61', 'age'),
        N('1967', 'year'),
        N('several hours', 'duration'),
        N('more than 60 buildings', 'count-objects'),
        N('October 2023', 'date'),
    ])

# oo03: an ISIS attack on an army checkpoint east of Tikrit, Iraq (state media, INA style)
A['oo03.txt'] = dict(
    casualty=[
        C('martyrdom of three army soldiers', 'killed', 3, 'exact', 'soldiers'),
        C('injury of four others', 'injured', 4, 'exact', 'soldiers'),
        C('killing five terrorists', 'killed', 5, 'exact', 'fighters'),
        C('a number of the attackers were wounded', 'injured', None, 'vague', 'fighters'),
        C('the bodies of the three martyred soldiers', 'killed', 3, 'exact', 'soldiers', tags='repeat'),
        C('seven wounded', 'injured', 7, 'exact', 'soldiers', id='w7', tags='contradicted'),
        C('two of whom', 'injured', 2, 'exact', 'soldiers', sub='w7'),
        C('two PMF fighters', 'injured', 2, 'exact', 'fighters'),
        C('arrested 11 suspects', 'detained', 11, 'exact', 'people'),
        C('65 displaced families', 'displaced', 65, 'exact', 'people'),
        C('killing 61 terrorists', 'killed', 61, 'exact', 'fighters'),
        C('arresting nearly 150 others', 'detained', 150, 'at-most', 'fighters'),
    ],
    sources=[
        S('The Security Media Cell', 'military'),
        S('The Cell', 'military'),
        S('The Director General of the Salah al-Din Health Directorate, Dr. Ismail Hamad al-Jubouri',
          'official', form='title-name'),
        S('The Popular Mobilization Authority', 'military'),
        S('Salah al-Din Governor Khalid Jassim al-Douri', 'official', form='title-name'),
        S('The Governor', 'official', form='role'),
        S('the spokesman for the Joint Operations Command, Brigadier General Hassan al-Obeidi', 'military',
          form='title-name'),
    ],
    numbers=[
        N('numbering between eight and ten', 'count-people'),
        N('16th Brigade', 'other'),
        N('4th Infantry Division', 'other'),
        N('11:40 pm', 'time'),
        N('F-16', 'other'),
        N('two air strikes', 'count-objects'),
        N('35th Brigade', 'other'),
        N('number fewer than 20', 'count-people'),
        N('500 million dinars', 'money'),
        N('120 houses', 'count-objects'),
        N('97 hideouts', 'count-objects'),
        N('December 2017', 'date'),
        N('three-year war', 'duration'),
        N('the three provinces', 'count-objects'),
    ])

# oo04: clan fighting in the divided city of Galkayo, Somalia (a broadcaster, BBC style)
A['oo04.txt'] = dict(
    casualty=[
        C('Dozens dead', 'killed', None, 'vague', 'people'),
        C('At least 31 people have been killed', 'killed', 31, 'at-least', 'people'),
        C('more than 70 wounded', 'injured', 70, 'at-least', 'people'),
        C('44 wounded people', 'injured', 44, 'exact', 'people', id='hosp'),
        C('nine of them children', 'injured', 9, 'exact', 'children', sub='hosp'),
        C('five had died', 'killed', 5, 'exact', 'people', sub='hosp'),
        C('14 bodies', 'killed', 14, 'exact', 'people'),
        C('nine of its soldiers had been killed', 'killed', 9, 'exact', 'soldiers'),
        C('killed more than 20 civilians', 'killed', 20, 'at-least', 'civilians'),
        C('killed “dozens of militia fighters”', 'killed', None, 'vague', 'fighters'),
        C('at least 17 men captured', 'detained', 17, 'at-least', 'men'),
        C('Three of my neighbours died', 'killed', 3, 'exact', 'civilians'),
        C('as many as 22,000 people have fled their homes', 'displaced', 22000, 'at-most', 'people'),
        C('killed more than 40 people', 'killed', 40, 'at-least', 'people'),
        C('forced some 90,000 from their homes', 'displaced', 90000, 'approx', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('medical staff', 'anonymous'),
        S('The director of the main hospital in the north of the city, Dr Abdirizak Yusuf Jama', 'official',
          form='title-name'),
        S('a nurse', 'anonymous'),
        S('Puntland’s security minister, Ahmed Farah Dheere', 'official', form='title-name'),
        S('Galmudug’s information minister, Hassan Abdi Warsame', 'official', form='title-name'),
        S('Traditional elders from both communities', 'other', form='collective'),
        S('The BBC’s Mohamed Dahir in Galkayo', 'media'),
        S('Halimo Abdi', 'witness', form='name'),
        S('The UN refugee agency, UNHCR', 'ngo'),
        S('the UN', 'ngo'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('two of Somalia’s federal member states', 'count-objects'),
        N('the two sides', 'count-objects'),
        N('mother of five', 'count-people'),
        N('40km', 'distance'),
        N('25 miles', 'distance'),
        N('1991', 'year'),
        N('2015', 'year'),
    ])

# oo05: armed-group clashes in Bria, Central African Republic (a UN OCHA flash update)
A['oo05.txt'] = dict(
    casualty=[
        C('At least 23 civilians have been killed', 'killed', 23, 'at-least', 'civilians'),
        C('58 injured', 'injured', 58, 'exact', 'civilians'),
        C('An estimated 16,000 people have fled their homes', 'displaced', 16000, 'approx', 'people', id='d16'),
        C('about 9,000 of them', 'displaced', 9000, 'approx', 'people', sub='d16'),
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot', tags='repeat'),
        C('five children', 'killed', 5, 'exact', 'children', sub='tot'),
        C('three women', 'killed', 3, 'exact', 'women', sub='tot'),
        C('injured 58 others', 'injured', 58, 'exact', 'civilians', tags='repeat'),
        C('41 wounded patients', 'injured', 41, 'exact', 'people', id='hosp'),
        C('17 of whom', 'injured', 17, 'exact', 'people', sub='hosp'),
        C('four patients have died', 'killed', 4, 'exact', 'people', sub='hosp'),
        C('one of its peacekeepers was injured', 'injured', 1, 'exact', 'soldiers'),
        C('a handful of critically wounded patients', 'injured', None, 'vague', 'people'),
        C('killed more than 40 AAKG fighters', 'killed', 40, 'at-least', 'fighters'),
        C('six to eight young men', 'missing', None, 'range', 'men', low=6, high=8),
        C('12 people', 'detained', 12, 'exact', 'people', id='abd'),
        C('two health workers', 'detained', 2, 'exact', 'other', sub='abd'),
        C('three of them remain missing', 'missing', 3, 'exact', 'people', sub='abd'),
        C('8,750 new arrivals', 'displaced', 8750, 'exact', 'people'),
        C('Several thousand others', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('local authorities', 'official', form='collective'),
        S('the prefect of Haute-Kotto', 'official', form='role'),
        S('The Bria regional hospital', 'official'),
        S('MINUSCA', 'military', nth=1),
        S('The FPRC', 'military'),
        S('Community leaders in Yando', 'other', form='collective'),
        S('Partners', 'ngo', form='collective'),
        S('site managers', 'ngo', form='collective'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('14 May 2025', 'date'),
        N('9 May', 'date', nth=0),
        N('PK3', 'other', nth=0),
        N('two health centres', 'count-objects'),
        N('9 May', 'date', nth=1),
        N('9 May', 'date', nth=2),
        N('11 May', 'date'),
        N('10 May', 'date'),
        N('12 May', 'date'),
        N('some 110 km', 'distance'),
        N('PK3', 'other', nth=1),
        N('9 May', 'date', nth=3),
        N('more than 31,000 people', 'population'),
        N('two mobile clinics', 'count-objects'),
        N('PK3', 'other', nth=2),
        N('40 trauma kits', 'count-objects'),
        N('48 tonnes', 'quantity'),
        N('6,200 people', 'count-people'),
        N('PK3', 'other', nth=3),
        N('12 and 13 May', 'date'),
        N('20 emergency latrines', 'count-objects'),
        N('60,000 litres', 'quantity'),
        N('2025', 'year', nth=1),
        N('US$326 million', 'money'),
        N('18 per cent', 'percentage'),
        N('US$1.5 million', 'money'),
    ])

# oo06: an attack on a convoy of returning displaced Tigrayans near Humera, western Tigray, Ethiopia
# (dpa style, one sentence a paragraph)
A['oo06.txt'] = dict(
    casualty=[
        C('At least 16 people were killed', 'killed', 16, 'at-least', 'people', id='tot'),
        C('dozens more wounded', 'injured', None, 'vague', 'people'),
        C('nine of the dead were men', 'killed', 9, 'exact', 'men', sub='tot'),
        C('almost 40 passengers had been taken to hospitals', 'injured', 40, 'at-most', 'people'),
        C('21 passengers', 'missing', 21, 'exact', 'people'),
        C('the toll to 19', 'killed', 19, 'exact', 'people', tags='update'),
        C('three wounded passengers had died', 'killed', 3, 'exact', 'people'),
        C('seven people had been killed', 'killed', 7, 'exact', 'people', id='amh', tags='contradicted'),
        C('two members of the regional police', 'killed', 2, 'exact', 'soldiers', sub='amh'),
        C('arrested 14 suspects', 'detained', 14, 'exact', 'people'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('26 wounded people', 'injured', 26, 'exact', 'people', id='hosp'),
        C('six of them children', 'injured', 6, 'exact', 'children', sub='hosp'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('my two cousins were taken away', 'detained', 2, 'exact', 'people'),
        C('at least 30 civilians killed', 'killed', 30, 'at-least', 'civilians'),
        C('approximately 2,300 people had crossed into Sudan', 'displaced', 2300, 'approx', 'people'),
        C('More than 1 million people were displaced', 'displaced', 1000000, 'at-least', 'people'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('the Tigray Interim Administration', 'official'),
        S('A spokesman for the administration, Gebremeskel Hailu', 'official', form='title-name'),
        S('Gebremeskel', 'official', nth=1, form='name'),
        S('the interim administration', 'official'),
        S('The communications bureau of the Amhara regional government', 'official'),
        S('The statement', 'official', form='document'),
        S('Federal police', 'official'),
        S("A doctor at Humera's general hospital", 'anonymous'),
        S('the doctor', 'anonymous'),
        S('A survivor, 34-year-old farmer Haftom Berhe', 'witness', form='name'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'ngo'),
        S('The UN refugee agency UNHCR', 'ngo'),
        S('the UN', 'ngo'),
        S('Researchers', 'other', form='collective'),
    ],
    numbers=[
        N('23 buses', 'count-objects'),
        N('about 12 kilometres', 'distance'),
        N('under 30', 'age'),
        N('nine Kalashnikov rifles', 'count-objects'),
        N('34-year-old', 'age'),
        N('2020-2022', 'year'),
    ])

# oo07: a junta air strike on a village school in Hlaingbwe Township, Kayin State, Myanmar
# (a Karen rights group's statement)
A['oo07.txt'] = dict(
    casualty=[
        C('kills 11', 'killed', 11, 'exact', 'civilians', id='head'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='head'),
        C('killing 11 civilians', 'killed', 11, 'exact', 'civilians', id='tot', tags='repeat'),
        C('seven of them children', 'killed', 7, 'exact', 'children', sub='tot', tags='repeat'),
        C('injuring at least 20 others', 'injured', 20, 'at-least', 'civilians', id='inj'),
        C('Four of my pupils died', 'killed', 4, 'exact', 'children'),
        C('three of them died', 'killed', 3, 'exact', 'civilians', sub='inj'),
        C('the death toll stood at 14', 'killed', 14, 'exact', 'civilians', tags='update'),
        C('killed about 30 “terrorists”', 'killed', 30, 'approx', 'fighters', tags='contradicted'),
        C('two of its fighters were killed', 'killed', 2, 'exact', 'fighters'),
        C('4,000–5,000 villagers', 'displaced', None, 'range', 'civilians', low=4000, high=5000),
        C('around 700 people had crossed the border', 'displaced', 700, 'approx', 'people'),
        C('the arrest of 23 men', 'detained', 23, 'exact', 'men'),
        C('upwards of 6,000 people have been killed', 'killed', 6000, 'at-least', 'people'),
        C('over 22,000 remain in detention', 'detained', 22000, 'at-least', 'people'),
    ],
    sources=[
        S('the Salween Rights Network', 'ngo'),
        S('our field researchers', 'ngo', form='collective'),
        S('village leaders', 'other', form='collective'),
        S('Naw Paw Say', 'witness', form='name'),
        S('a medic', 'anonymous'),
        S('the village tract administrator', 'official', form='role'),
        S('The junta’s information team', 'military'),
        S('state television MRTV', 'media'),
        S('A spokesman for the KNLA’s 5th Brigade, Saw Kler Doh', 'military', form='title-name'),
        S('Our researchers', 'ngo', form='collective'),
        S('Thai authorities in Tak province', 'official', form='collective'),
        S('The network', 'ngo'),
        S('the Assistance Association for Political Prisoners (AAPP)', 'ngo'),
        S('the network’s director, Saw Eh Htoo', 'ngo', form='title-name'),
    ],
    numbers=[
        N('3 March 2025', 'date'),
        N('two fighter jets', 'count-objects'),
        N('four bombs', 'count-objects'),
        N('9.15am', 'time'),
        N('One bomb', 'count-objects'),
        N('about 60 pupils', 'count-people'),
        N('29', 'age'),
        N('5th Brigade', 'other'),
        N('some 50 kilometres', 'distance'),
        N('six neighbouring villages', 'count-objects'),
        N('several of whom', 'count-people'),
        N('February 2021', 'date'),
        N('2008', 'year'),
        N('45 field researchers', 'count-people'),
    ])

# oo08: a militant assault on a police station in Kulachi, Dera Ismail Khan, Pakistan (AP style)
A['oo08.txt'] = dict(
    casualty=[
        C('killing seven officers', 'killed', 7, 'exact', 'soldiers'),
        C('wounding a dozen other people', 'injured', 12, 'exact', 'people'),
        C('three of the attackers were killed', 'killed', 3, 'exact', 'fighters'),
        C('three others were shot dead', 'killed', 3, 'exact', 'fighters'),
        C('the bodies of five police officers', 'killed', 5, 'exact', 'soldiers'),
        C('14 wounded people', 'injured', 14, 'exact', 'people', id='hosp', tags='contradicted'),
        C('two civilians', 'injured', 2, 'exact', 'civilians', sub='hosp'),
        C('killed all six "khwarij"', 'killed', 6, 'exact', 'fighters'),
        C('two soldiers had been injured', 'injured', 2, 'exact', 'soldiers'),
        C('killed more than 20 policemen', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('the death toll among police had risen to nine', 'killed', 9, 'exact', 'soldiers', tags='update'),
        C('two critically wounded officers died', 'killed', 2, 'exact', 'soldiers'),
        C('detained 17 people', 'detained', 17, 'exact', 'people'),
        C('around 300 families had left', 'displaced', 300, 'approx', 'people'),
        C('At least 180 police officers were killed', 'killed', 180, 'at-least', 'soldiers'),
    ],
    sources=[
        S('police', 'official', nth=1),
        S('district police chief Tariq Khan Marwat', 'official', form='title-name'),
        S('Marwat', 'official', nth=1, form='name'),
        S('Dr. Abdul Ghaffar', 'official', form='title-name'),
        S('The military\'s media wing, Inter-Services Public Relations', 'military'),
        S('A little-known militant group, Tehreek-e-Jihad Waziristan', 'military'),
        S('The Pakistani Taliban, or TTP', 'military'),
        S('provincial police spokesman Bilal Hassan', 'official', form='title-name'),
        S('District officials', 'official'),
        S('Gul Zaman', 'witness', form='name'),
        S('police data', 'official', form='document'),
        S("Pakistan's government", 'official'),
        S('Kabul', 'official', nth=0),
    ],
    numbers=[
        N('nearly five hours', 'duration'),
        N('at least six', 'count-people'),
        N('3 a.m.', 'time'),
        N('9-year-old', 'age'),
        N('45 kilometers', 'distance'),
        N('28 miles', 'distance'),
        N('60-year-old', 'age'),
        N('some 1.6 million people', 'population'),
        N('November 2022', 'date'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
