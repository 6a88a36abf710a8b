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

# ---------------------------------------------------------------- labels (extra set: x01-x06)

STATS_EXTRA_OUTCOME_WORDS += [
    ('succumbed', r'\bsuccumbed\b'), ('taken into custody', r'\btaken into custody\b'),
    ('rounded up', r'\brounded up\b'), ('uprooted', r'\buprooted\b'), ('drowned', r'\bdrowned\b'),
    ('paid the supreme price', r'\bsupreme price\b'), ('kidnapped/seized', r'\bkidnapped\b|\bseized\b'),
]
STATS_EXTRA_GROUP_NOUNS += [('pilgrims/worshippers/shoppers/miners/refugees',
                             r'\b(?:pilgrims|worshippers|shoppers|miners|refugees)\b')]

A['x01.txt'] = dict(
    casualty=[
        C('killed 31 pilgrims', 'killed', 31, 'exact', 'people', id='tot'),
        C('injured upwards of 100', 'injured', 100, 'at-least', 'people', id='inj'),
        C('at least 12 of the dead were women', 'killed', 12, 'at-least', 'women', sub='tot'),
        C('four were children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('17 of the injured', 'injured', 17, 'exact', 'people', sub='inj'),
        C('the death toll at 34', 'killed', 34, 'exact', 'people', tags='update'),
        C('three more people had succumbed', 'killed', 3, 'exact', 'people'),
        C('roughly 40 people were still unaccounted for', 'missing', 40, 'approx', 'people'),
        C('Six men', 'detained', 6, 'exact', 'men', id='det'),
        C('two police officers', 'detained', 2, 'exact', 'soldiers', sub='det'),
        C('killed 19 people', 'killed', 19, 'exact', 'people'),
    ],
    sources=[
        S('the provincial health directorate', 'official'),
        S('Haider al-Jabouri', 'official', form='name'),
        S('Witnesses', 'witness'),
        S('Karim Hassan', 'witness', form='name'),
        S('residents', 'witness'),
        S("Iraq's Interior Ministry", 'official'),
        S("Prime Minister Adel Hamdani's office", 'official'),
        S('State television', 'media'),
        S('officials at the hospital', 'official'),
        S('a security source', 'anonymous'),
        S('The health directorate', 'official'),
    ],
    numbers=[
        N('10', 'age'),
        N('one', 'other'),
        N("three gates", 'count-objects'),
        N('38', 'age'),
        N('two hours', 'duration'),
        N('70-year-old', 'age'),
        N('as many as 3 million visitors', 'count-people'),
        N('10-day', 'duration'),
        N('2019', 'year'),
        N('63 ambulances', 'count-objects'),
        N('more than 400 medical staff', 'count-people'),
    ])

A['x02.txt'] = dict(
    casualty=[
        C('Eleven miners were confirmed dead', 'killed', 11, 'exact', 'other', id='tot'),
        C('23 others remain unaccounted for', 'missing', 23, 'exact', 'other'),
        C('the bodies of two more miners', 'killed', 2, 'exact', 'other'),
        C('the death toll to 13', 'killed', 13, 'exact', 'other', tags='update'),
        C('Nine miners were injured', 'injured', 9, 'exact', 'other', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'other', sub='inj'),
        C('four managers had been taken into custody', 'detained', 4, 'exact', 'other'),
        C('killed 245 people', 'killed', 245, 'exact', 'people'),
    ],
    sources=[
        S('local authorities', 'official'),
        S("the county's emergency management bureau", 'official'),
        S('the bureau', 'official'),
        S('Wang Jianguo', 'official', form='name'),
        S('China Central Television (CCTV)', 'media'),
        S('a woman surnamed Li', 'witness', form='role'),
        S('the National Mine Safety Administration', 'official'),
        S('Xinhua', 'media', nth=1),
    ],
    numbers=[
        N('Oct. 9', 'date'),
        N('147 workers', 'count-people'),
        N('7:40 p.m.', 'time'),
        N('113', 'count-people'),
        N('51-year-old', 'age'),
        N('More than 600 rescuers', 'count-people'),
        N('40 pieces of heavy equipment', 'count-objects'),
        N('about 900,000 tonnes', 'quantity'),
        N('roughly 1,200 people', 'count-people'),
        N('16 years', 'duration'),
        N('12 percent', 'percentage'),
    ])

A['x03.txt'] = dict(
    casualty=[
        C('killing 14 worshippers', 'killed', 14, 'exact', 'people', id='tot'),
        C('abducting as many as 40 others', 'detained', 40, 'at-most', 'people', id='abd'),
        C('neutralising seven of the gunmen', 'killed', 7, 'exact', 'fighters'),
        C('Two police officers paid the supreme price', 'killed', 2, 'exact', 'soldiers'),
        C('three others sustained gunshot injuries', 'injured', 3, 'exact', 'soldiers'),
        C('two brothers were among those seized', 'detained', 2, 'exact', 'men', sub='abd'),
        C('rounded up 27 suspects', 'detained', 27, 'exact', 'people'),
        C('upwards of 2,500 people had been killed', 'killed', 2500, 'at-least', 'people'),
        C('an estimated 1,300 were kidnapped', 'detained', 1300, 'approx', 'people'),
        C('uprooted hundreds of thousands of villagers', 'displaced', None, 'vague', 'civilians'),
    ],
    sources=[
        S('the police', 'official'),
        S('Police spokesman Yazid Abubakar', 'official', form='title-name'),
        S('residents', 'witness'),
        S('Bala Sani', 'official', form='name'),
        S('Musa Garba', 'witness', form='name'),
        S('State Governor Dauda Lawal', 'official', form='title-name'),
        S('The governor’s office', 'official'),
        S('Amnesty International', 'ngo'),
        S('the National Emergency Management Agency', 'official'),
    ],
    numbers=[
        N('Aug. 17', 'date'),
        N('70-year-old', 'age'),
        N('Eight of the abducted worshippers', 'count-people'),
        N('hundreds', 'count-people'),
        N('2024', 'year'),
        N('5 million naira', 'money'),
        N('$3,200', 'money'),
    ])

A['x04.txt'] = dict(
    casualty=[
        C('killed at least 47 people', 'killed', 47, 'at-least', 'people', id='tot'),
        C('uprooted an estimated 210,000', 'displaced', 210000, 'approx', 'people', id='disp'),
        C('some 90,000 residents have been forced to leave their homes', 'displaced', 90000, 'approx', 'civilians',
          sub='disp'),
        C('at least 11 people have drowned', 'killed', 11, 'at-least', 'people', id='bel', sub='tot'),
        C('six children', 'killed', 6, 'exact', 'children', sub='bel'),
        C('23 people remain unaccounted for', 'missing', 23, 'exact', 'people'),
        C('29 deaths', 'killed', 29, 'exact', 'people'),
        C('Some 3.4 million Somalis were already displaced', 'displaced', 3400000, 'approx', 'people'),
    ],
    sources=[
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('Fatima Osman Ali', 'ngo', form='name'),
        S('Somalia’s Disaster Management Agency (SoDMA)', 'official'),
        S('Local officials in Jowhar', 'official'),
        S('the World Health Organization (WHO)', 'ngo'),
        S('A spokeswoman for the World Food Programme', 'ngo', form='role'),
        S('UNHCR', 'ngo'),
    ],
    numbers=[
        N('12 May 2025', 'date'),
        N('the roughly 4,000 people', 'count-people'),
        N('more than 30 villages', 'count-objects'),
        N('upwards of 1,800 suspected cholera cases', 'count-people'),
        N('five', 'age'),
        N('12 cut-off villages', 'count-objects'),
        N('three consecutive failed rainy seasons', 'count-objects'),
        N('65,000 people', 'count-people'),
        N('US$25 million', 'money'),
        N('18 per cent', 'percentage'),
    ])

A['x05.txt'] = dict(
    casualty=[
        C('killing five shoppers', 'killed', 5, 'exact', 'people', id='tot'),
        C('wounding at least nine others', 'injured', 9, 'at-least', 'people', id='inj'),
        C('Two of the wounded later succumbed', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the death toll to seven', 'killed', 7, 'exact', 'people', tags='update'),
        C('four patients', 'injured', 4, 'exact', 'people', sub='inj'),
        C('Two police officers were among the injured', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('about 20 people were hurt', 'injured', 20, 'approx', 'people'),
        C('more than 15,000 people have been killed', 'killed', 15000, 'at-least', 'people'),
    ],
    sources=[
        S('authorities', 'official'),
        S('hospital spokeswoman Leni Kirkland', 'official', form='title-name'),
        S('Police Chief Raymond Castillo', 'official', form='title-name'),
        S('Castillo', 'official', nth=1, form='name'),
        S('Angela Ruiz', 'witness', form='name'),
        S('the Bexar County Sheriff’s Office', 'official'),
        S('Medics at the scene', 'anonymous'),
        S('Officials at the sheriff’s office', 'official'),
        S('the Gun Violence Archive', 'ngo'),
        S('Mayor Teresa Villarreal’s office', 'official'),
    ],
    numbers=[
        N('23-year-old', 'age'),
        N('more than 40 rounds', 'count-objects'),
        N('14-year-old', 'age'),
        N('maybe 30 people', 'count-people'),
        N('19-year-old', 'age'),
        N('25-year-old', 'age'),
        N('12th', 'other'),
    ])

A['x06.txt'] = dict(
    casualty=[
        C('At least 41 people are feared to have drowned', 'killed', 41, 'at-least', 'people', id='tot'),
        C('the bodies of 12 victims', 'killed', 12, 'exact', 'people', id='bod', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='bod'),
        C('the remaining 29', 'missing', 29, 'exact', 'people', sub='tot'),
        C('More than 1,450 people have died', 'killed', 1450, 'at-least', 'people'),
        C('fewer than 900', 'killed', 900, 'at-most', 'people'),
        C('57 people had been taken into custody', 'detained', 57, 'exact', 'people'),
        C('thousands of sub-Saharan migrants had been rounded up', 'detained', None, 'vague', 'people'),
        C('An estimated 120,000 refugees have fled', 'displaced', 120000, 'approx', 'people'),
    ],
    sources=[
        S('the UN migration agency', 'ngo'),
        S('the International Organization for Migration (IOM)', 'ngo'),
        S('Libya’s coastguard', 'official'),
        S('Survivors', 'witness'),
        S('one survivor, a 26-year-old Sudanese man', 'witness', form='role'),
        S('the Italian coastguard', 'official'),
        S('IOM’s Missing Migrants Project', 'ngo'),
        S('Tunisian authorities', 'official'),
        S('officials in Sfax', 'official'),
        S('a UN report', 'ngo', form='document'),
        S('The agency’s chief of mission in Libya, Nicola Brandt', 'ngo', form='title-name'),
    ],
    numbers=[
        N('Only 17 people', 'count-people'),
        N('14 men', 'count-people'),
        N('two women', 'count-people'),
        N('about 60 passengers', 'count-people'),
        N('about three hours', 'duration'),
        N('one survivor', 'count-people'),
        N('26-year-old', 'age'),
        N('389 migrants', 'count-people'),
        N('four boats', 'count-objects'),
        N('2023', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
