# Result lists, category and country pages: page titles, long facets, empty and past-the-end pages.

## Page titles, which say what the search is

lists-title = { $subject } – userled
lists-title-page = { $subject }, página { $page } – userled
lists-subject-category = { $category }
lists-subject-place = Organizações { $place }
lists-subject-category-place = { $category } { $place }
lists-subject-matching = { $subject }: resultados para «{ $query }»
lists-in-country = { $code ->
        [AL] na Albânia
        [AM] na Arménia
        [AT] na Áustria
        [AZ] no Azerbaijão
        [BA] na Bósnia e Herzegovina
        [BE] na Bélgica
        [BG] na Bulgária
        [BY] na Bielorrússia
        [CH] na Suíça
        [CZ] na Chéquia
        [DE] na Alemanha
        [DK] na Dinamarca
        [EE] na Estónia
        [FI] na Finlândia
        [FO] nas Ilhas Faroé
        [GB] no Reino Unido
        [GE] na Geórgia
        [GR] na Grécia
        [HR] na Croácia
        [HU] na Hungria
        [IE] na Irlanda
        [IM] na Ilha de Man
        [IS] na Islândia
        [LI] no Listenstaine
        [LT] na Lituânia
        [LU] no Luxemburgo
        [LV] na Letónia
        [MC] no Mónaco
        [MD] na Moldávia
        [ME] no Montenegro
        [MK] na Macedónia do Norte
        [NL] nos Países Baixos
        [NO] na Noruega
        [PL] na Polónia
        [RO] na Roménia
        [RS] na Sérvia
        [RU] na Rússia
        [SE] na Suécia
        [SI] na Eslovénia
        [SK] na Eslováquia
        [TR] na Turquia
        [UA] na Ucrânia
        [US] nos Estados Unidos
        [VA] na Cidade do Vaticano
       *[other] em { $country }
    }

## Facets

lists-facet-profile = A quem se dirige
lists-facet-show-all = Mostrar todas as { $count } opções
lists-facet-show-fewer = Mostrar menos

## A page number past the last page (404)

lists-past-end-heading = Esta pesquisa não tem página { $page }
lists-past-end-pages = { $count ->
        [one] Esta pesquisa tem uma página.
       *[other] Esta pesquisa tem { $count } páginas.
    }
lists-past-end-link = { $page ->
        [1] Ir para a primeira página
       *[other] Ir para a última página, a { $page }
    }

## A country or category page that finds nothing

lists-elsewhere-intro-place = As organizações que atuam em toda a Europa ou a nível internacional, ou que se encontram online, podem estar abertas também a pessoas { $place }:
lists-elsewhere-intro = As organizações que atuam em toda a Europa ou a nível internacional, ou que se encontram online, podem estar abertas a si:
lists-elsewhere-link = { $count ->
        [one] Uma organização europeia ou internacional
       *[other] { $count } organizações europeias e internacionais
    }
lists-elsewhere-add-before = Conhece alguma que falte?
lists-elsewhere-add-link = Acrescente-a ao registo
lists-elsewhere-add-after = .
