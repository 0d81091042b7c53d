// The `rand` module of OTP 26, implemented natively with OTP's algorithms, so that explicit
// seeds give bit-identical sequences: exsss (the default), exsp, exsplus, exrop, exro928ss,
// exs1024s, exs1024, exs64 and the test algorithm dummy; uniform/0,1, uniform_real/0,
// normal/0,2, bytes/1, jump/0,1 and their _s state-passing forms; seeding from integers,
// lists and triples; export_seed/0,1; and the exported generator helpers splitmix64_next/1,
// exsp_next/1, exsp_jump/1 and mwc59*/1.
//
// States are the terms OTP uses: {AlgHandler, AlgState} where AlgHandler is the map
// #{type => Alg, bits | max => ..., next => Fun, ...}. The funs in that map cannot be OTP's
// (rand.erl is not loaded), so they are placeholders of module rand that only these natives
// use, dispatching on `type`: print export_seed_s/1 results, not states. Seeding without a
// seed (seed/1 with an algorithm name, or the implicit seed of uniform/0 in a fresh process)
// draws from the VM's deterministic random source instead of node, pid and time.
// math:log/exp in normal's rare slow path are JS's Math functions, which may differ from the
// C library's in the last bit.
//
// None of these are BIFs.

import { Atom, atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Bitstring, Cons, Float, Fun, NIL, Tuple, normalizeInteger, type Term } from '../terms/types';
import type { Process } from '../process/process';
import { badarith, raiseError } from './exception';
import type { NativeRegistry } from './registry';
import type { NativeContext, PlainNative } from './types';
import { functionClause } from './support/errors';
import { arrayToList, listToArray } from './support/lists';

// Ziggurat tables of OTP 26 rand:normal_s/1 (256 layers), as data: the layer
// thresholds K_i, widths W_i and densities F_i. Values taken verbatim so the
// normal distribution is bit-identical.

const NORMAL_K: readonly number[] = [
  2104047571236786, 0, 1693657211986787, 1919380038271141,
  2015384402196343, 2068365869448128, 2101878624052573, 2124958784102998,
  2141808670795147, 2154644611568301, 2164744887587275, 2172897953696594,
  2179616279372365, 2185247251868649, 2190034623107822, 2194154434521197,
  2197736978774660, 2200880740891961, 2203661538010620, 2206138681109102,
  2208359231806599, 2210361007258210, 2212174742388539, 2213825672704646,
  2215334711002614, 2216719334487595, 2217994262139172, 2219171977965032,
  2220263139538712, 2221276900117330, 2222221164932930, 2223102796829069,
  2223927782546658, 2224701368170060, 2225428170204312, 2226112267248242,
  2226757276105256, 2227366415328399, 2227942558554684, 2228488279492521,
  2229005890047222, 2229497472775193, 2229964908627060, 2230409900758597,
  2230833995044585, 2231238597816133, 2231624991250191, 2231994346765928,
  2232347736722750, 2232686144665934, 2233010474325959, 2233321557544881,
  2233620161276071, 2233906993781271, 2234182710130335, 2234447917093496,
  2234703177503020, 2234949014150181, 2235185913274316, 2235414327692884,
  2235634679614920, 2235847363174595, 2236052746716837, 2236251174862869,
  2236442970379967, 2236628435876762, 2236807855342765, 2236981495548562,
  2237149607321147, 2237312426707209, 2237470176035652, 2237623064889403,
  2237771290995388, 2237915041040597, 2238054491421305, 2238189808931712,
  2238321151397660, 2238448668260432, 2238572501115169, 2238692784207942,
  2238809644895133, 2238923204068402, 2239033576548190, 2239140871448443,
  2239245192514958, 2239346638439541, 2239445303151952, 2239541276091442,
  2239634642459498, 2239725483455293, 2239813876495186, 2239899895417494,
  2239983610673676, 2240065089506935, 2240144396119183, 2240221591827230,
  2240296735208969, 2240369882240293, 2240441086423386, 2240510398907004,
  2240577868599305, 2240643542273726, 2240707464668391, 2240769678579486,
  2240830224948980, 2240889142947082, 2240946470049769, 2241002242111691,
  2241056493434746, 2241109256832602, 2241160563691400, 2241210444026879,
  2241258926538122, 2241306038658137, 2241351806601435, 2241396255408788,
  2241439408989313, 2241481290160038, 2241521920683062, 2241561321300462,
  2241599511767028, 2241636510880960, 2241672336512612, 2241707005631362,
  2241740534330713, 2241772937851689, 2241804230604585, 2241834426189161,
  2241863537413311, 2241891576310281, 2241918554154466, 2241944481475843,
  2241969368073071, 2241993223025298, 2242016054702685, 2242037870775710,
  2242058678223225, 2242078483339331, 2242097291739040, 2242115108362774,
  2242131937479672, 2242147782689725, 2242162646924736, 2242176532448092,
  2242189440853337, 2242201373061537, 2242212329317416, 2242222309184237,
  2242231311537397, 2242239334556717, 2242246375717369, 2242252431779415,
  2242257498775893, 2242261571999416, 2242264645987196, 2242266714504453,
  2242267770526109, 2242267806216711, 2242266812908462, 2242264781077289,
  2242261700316818, 2242257559310145, 2242252345799276, 2242246046552082,
  2242238647326615, 2242230132832625, 2242220486690076, 2242209691384458,
  2242197728218684, 2242184577261310, 2242170217290819, 2242154625735679,
  2242137778609839, 2242119650443327, 2242100214207556, 2242079441234906,
  2242057301132135, 2242033761687079, 2242008788768107, 2241982346215682,
  2241954395725356, 2241924896721443, 2241893806220517, 2241861078683830,
  2241826665857598, 2241790516600041, 2241752576693881, 2241712788642916,
  2241671091451078, 2241627420382235, 2241581706698773, 2241533877376767,
  2241483854795281, 2241431556397035, 2241376894317345, 2241319774977817,
  2241260098640860, 2241197758920538, 2241132642244704, 2241064627262652,
  2240993584191742, 2240919374095536, 2240841848084890, 2240760846432232,
  2240676197587784, 2240587717084782, 2240495206318753, 2240398451183567,
  2240297220544165, 2240191264522612, 2240080312570155, 2239964071293331,
  2239842221996530, 2239714417896699, 2239580280957725, 2239439398282193,
  2239291317986196, 2239135544468203, 2238971532964979, 2238798683265269,
  2238616332424351, 2238423746288095, 2238220109591890, 2238004514345216,
  2237775946143212, 2237533267957822, 2237275200846753, 2237000300869952,
  2236706931309099, 2236393229029147, 2236057063479501, 2235695986373246,
  2235307169458859, 2234887326941578, 2234432617919447, 2233938522519765,
  2233399683022677, 2232809697779198, 2232160850599817, 2231443750584641,
  2230646845562170, 2229755753817986, 2228752329126533, 2227613325162504,
  2226308442121174, 2224797391720399, 2223025347823832, 2220915633329809,
  2218357446087030, 2215184158448668, 2211132412537369, 2205758503851065,
  2198248265654987, 2186916352102141, 2167562552481814, 2125549880839716,
];

const NORMAL_W: readonly number[] = [
  1.736725412160263e-15, 9.558660351455634e-17, 1.2708704834810623e-16, 1.4909740962495474e-16,
  1.6658733631586268e-16, 1.8136120810119029e-16, 1.9429720153135588e-16, 2.0589500628482093e-16,
  2.1646860576895422e-16, 2.2622940392218116e-16, 2.353271891404589e-16, 2.438723455742877e-16,
  2.5194879829274225e-16, 2.5962199772528103e-16, 2.6694407473648285e-16, 2.7395729685142446e-16,
  2.8069646002484804e-16, 2.871905890411393e-16, 2.9346417484728883e-16, 2.9953809336782113e-16,
  3.054303000719244e-16, 3.111563633892157e-16, 3.1672988018581815e-16, 3.2216280350549905e-16,
  3.274657040793975e-16, 3.326479811684171e-16, 3.377180341735323e-16, 3.4268340353119356e-16,
  3.475508873172976e-16, 3.523266384600203e-16, 3.5701624633953494e-16, 3.616248057159834e-16,
  3.661569752965354e-16, 3.7061702777236077e-16, 3.75008892787478e-16, 3.7933619401549554e-16,
  3.836022812967728e-16, 3.8781025861250247e-16, 3.919630085325768e-16, 3.9606321366256378e-16,
  4.001133755254669e-16, 4.041158312414333e-16, 4.080727683096045e-16, 4.119862377480744e-16,
  4.1585816580828064e-16, 4.1969036444740733e-16, 4.234845407152071e-16, 4.272423051889976e-16,
  4.309651795716294e-16, 4.346546035512876e-16, 4.383119410085457e-16, 4.4193848564470665e-16,
  4.455354660957914e-16, 4.491040505882875e-16, 4.52645351185714e-16, 4.561604276690038e-16,
  4.596502910884941e-16, 4.631159070208165e-16, 4.665581985600875e-16, 4.699780490694195e-16,
  4.733763047158324e-16, 4.767537768090853e-16, 4.8011124396270155e-16, 4.834494540935008e-16,
  4.867691262742209e-16, 4.900709524522994e-16, 4.933555990465414e-16, 4.966237084322178e-16,
  4.998759003240909e-16, 5.031127730659319e-16, 5.0633490483427195e-16, 5.095428547633892e-16,
  5.127371639978797e-16, 5.159183566785736e-16, 5.190869408670343e-16, 5.222434094134042e-16,
  5.253882407719454e-16, 5.285218997682382e-16, 5.316448383216618e-16, 5.34757496126473e-16,
  5.378603012945235e-16, 5.409536709623993e-16, 5.440380118655467e-16, 5.471137208817361e-16,
  5.501811855460336e-16, 5.532407845392784e-16, 5.56292888151909e-16, 5.593378587248462e-16,
  5.623760510690043e-16, 5.65407812864896e-16, 5.684334850436814e-16, 5.714534021509204e-16,
  5.744678926941961e-16, 5.774772794756965e-16, 5.804818799107686e-16, 5.834820063333892e-16,
  5.864779662894365e-16, 5.894700628185872e-16, 5.924585947256134e-16, 5.95443856841806e-16,
  5.984261402772028e-16, 6.014057326642664e-16, 6.043829183936125e-16, 6.073579788423606e-16,
  6.103311925956439e-16, 6.133028356617911e-16, 6.162731816816596e-16, 6.192425021325847e-16,
  6.222110665273788e-16, 6.251791426088e-16, 6.281469965398895e-16, 6.311148930905604e-16,
  6.34083095820806e-16, 6.370518672608815e-16, 6.400214690888025e-16, 6.429921623054896e-16,
  6.459642074078832e-16, 6.489378645603397e-16, 6.519133937646159e-16, 6.548910550287415e-16,
  6.578711085350741e-16, 6.608538148078259e-16, 6.638394348803506e-16, 6.668282304624746e-16,
  6.698204641081558e-16, 6.728163993837531e-16, 6.758163010371901e-16, 6.78820435168298e-16,
  6.818290694006254e-16, 6.848424730550038e-16, 6.878609173251664e-16, 6.908846754557169e-16,
  6.939140229227569e-16, 6.969492376174829e-16, 6.999906000330764e-16, 7.030383934552151e-16,
  7.060929041565482e-16, 7.091544215954873e-16, 7.122232386196779e-16, 7.152996516745303e-16,
  7.183839610172063e-16, 7.214764709364707e-16, 7.245774899788387e-16, 7.276873311814693e-16,
  7.308063123122743e-16, 7.339347561177405e-16, 7.370729905789831e-16, 7.4022134917658e-16,
  7.433801711647648e-16, 7.465498018555889e-16, 7.497305929136979e-16, 7.529229026624058e-16,
  7.561270964017922e-16, 7.5934354673958895e-16, 7.625726339356756e-16, 7.658147462610487e-16,
  7.690702803721919e-16, 7.723396417018299e-16, 7.756232448671174e-16, 7.789215140963852e-16,
  7.822348836756411e-16, 7.855637984161084e-16, 7.889087141441755e-16, 7.922700982152271e-16,
  7.956484300529366e-16, 7.99044201715713e-16, 8.024579184921259e-16, 8.058900995272657e-16,
  8.093412784821501e-16, 8.128120042284501e-16, 8.163028415809877e-16, 8.198143720706533e-16,
  8.23347194760605e-16, 8.26901927108847e-16, 8.304792058805374e-16, 8.340796881136629e-16,
  8.377040521420222e-16, 8.413529986798028e-16, 8.450272519724097e-16, 8.487275610186155e-16,
  8.524547008695596e-16, 8.562094740106233e-16, 8.599927118327665e-16, 8.638052762005259e-16,
  8.676480611245582e-16, 8.715219945473698e-16, 8.754280402517175e-16, 8.793671999021043e-16,
  8.833405152308408e-16, 8.873490703813135e-16, 8.913939944224086e-16, 8.954764640495068e-16,
  8.9959770648911e-16, 9.037590026260118e-16, 9.079616903740068e-16, 9.122071683134846e-16,
  9.164968996219135e-16, 9.208324163262308e-16, 9.252153239095693e-16, 9.296473063086417e-16,
  9.341301313425265e-16, 9.38665656618666e-16, 9.432558359676707e-16, 9.479027264651738e-16,
  9.526084961066279e-16, 9.57375432209745e-16, 9.622059506294838e-16, 9.671026058823054e-16,
  9.720681022901626e-16, 9.771053062707209e-16, 9.822172599190541e-16, 9.874071960480671e-16,
  9.926785548807976e-16, 9.980350026183645e-16, 1.003480452143618e-15, 1.0090190861637457e-15,
  1.0146553831467086e-15, 1.0203941464683124e-15, 1.0262405372613567e-15, 1.0322001115486456e-15,
  1.03827886235154e-15, 1.044483267600047e-15, 1.0508203448355195e-15, 1.057297713900989e-15,
  1.06392366906768e-15, 1.0707072623632994e-15, 1.0776584002668106e-15, 1.0847879564403425e-15,
  1.0921079038149563e-15, 1.0996314701785628e-15, 1.1073733224935752e-15, 1.1153497865853155e-15,
  1.1235791107110833e-15, 1.1320817840164846e-15, 1.140880924258278e-15, 1.1500027537839792e-15,
  1.159477189144919e-15, 1.169338578691096e-15, 1.17962663529558e-15, 1.190387629928289e-15,
  1.2016759392543819e-15, 1.2135560818666897e-15, 1.2261054417450561e-15, 1.2394179789163251e-15,
  1.2536093926602567e-15, 1.268824481425501e-15, 1.2852479319096109e-15, 1.3031206634689985e-15,
  1.3227655770195326e-15, 1.3446300925011171e-15, 1.3693606835128518e-15, 1.397943667277524e-15,
  1.4319989869661328e-15, 1.4744848603597596e-15, 1.5317872741611144e-15, 1.6227698675312968e-15,
];

const NORMAL_F: readonly number[] = [
  1.0000000000000000e+00, 9.7710170126767082e-01, 9.5987909180010600e-01, 9.4519895344229909e-01,
  9.3206007595922991e-01, 9.1999150503934646e-01, 9.0872644005213032e-01, 8.9809592189834297e-01,
  8.8798466075583282e-01, 8.7830965580891684e-01, 8.6900868803685649e-01, 8.6003362119633109e-01,
  8.5134625845867751e-01, 8.4291565311220373e-01, 8.3471629298688299e-01, 8.2672683394622093e-01,
  8.1892919160370192e-01, 8.1130787431265572e-01, 8.0384948317096383e-01, 7.9654233042295841e-01,
  7.8937614356602404e-01, 7.8234183265480195e-01, 7.7543130498118662e-01, 7.6863731579848571e-01,
  7.6195334683679483e-01, 7.5537350650709567e-01, 7.4889244721915638e-01, 7.4250529634015061e-01,
  7.3620759812686210e-01, 7.2999526456147568e-01, 7.2386453346862967e-01, 7.1781193263072152e-01,
  7.1183424887824798e-01, 7.0592850133275376e-01, 7.0009191813651117e-01, 6.9432191612611627e-01,
  6.8861608300467136e-01, 6.8297216164499430e-01, 6.7738803621877308e-01, 6.7186171989708166e-01,
  6.6639134390874977e-01, 6.6097514777666277e-01, 6.5561147057969693e-01, 6.5029874311081637e-01,
  6.4503548082082196e-01, 6.3982027745305614e-01, 6.3465179928762327e-01, 6.2952877992483625e-01,
  6.2445001554702606e-01, 6.1941436060583399e-01, 6.1442072388891344e-01, 6.0946806492577310e-01,
  6.0455539069746733e-01, 5.9968175261912482e-01, 5.9484624376798689e-01, 5.9004799633282545e-01,
  5.8528617926337090e-01, 5.8055999610079034e-01, 5.7586868297235316e-01, 5.7121150673525267e-01,
  5.6658776325616389e-01, 5.6199677581452390e-01, 5.5743789361876550e-01, 5.5291049042583185e-01,
  5.4841396325526537e-01, 5.4394773119002582e-01, 5.3951123425695158e-01, 5.3510393238045717e-01,
  5.3072530440366150e-01, 5.2637484717168403e-01, 5.2205207467232140e-01, 5.1775651722975591e-01,
  5.1348772074732651e-01, 5.0924524599574761e-01, 5.0502866794346790e-01, 5.0083757512614835e-01,
  4.9667156905248933e-01, 4.9253026364386815e-01, 4.8841328470545758e-01, 4.8432026942668288e-01,
  4.8025086590904642e-01, 4.7620473271950547e-01, 4.7218153846772976e-01, 4.6818096140569321e-01,
  4.6420268904817391e-01, 4.6024641781284248e-01, 4.5631185267871610e-01, 4.5239870686184824e-01,
  4.4850670150720273e-01, 4.4463556539573912e-01, 4.4078503466580377e-01, 4.3695485254798533e-01,
  4.3314476911265209e-01, 4.2935454102944126e-01, 4.2558393133802180e-01, 4.2183270922949573e-01,
  4.1810064983784795e-01, 4.1438753404089090e-01, 4.1069314827018799e-01, 4.0701728432947315e-01,
  4.0335973922111429e-01, 3.9972031498019700e-01, 3.9609881851583223e-01, 3.9249506145931540e-01,
  3.8890886001878855e-01, 3.8534003484007706e-01, 3.8178841087339344e-01, 3.7825381724561896e-01,
  3.7473608713789086e-01, 3.7123505766823922e-01, 3.6775056977903225e-01, 3.6428246812900372e-01,
  3.6083060098964775e-01, 3.5739482014578022e-01, 3.5397498080007656e-01, 3.5057094148140588e-01,
  3.4718256395679348e-01, 3.4380971314685055e-01, 3.4045225704452164e-01, 3.3711006663700588e-01,
  3.3378301583071823e-01, 3.3047098137916342e-01, 3.2717384281360129e-01, 3.2389148237639104e-01,
  3.2062378495690530e-01, 3.1737063802991350e-01, 3.1413193159633707e-01, 3.1090755812628634e-01,
  3.0769741250429189e-01, 3.0450139197664983e-01, 3.0131939610080288e-01, 2.9815132669668531e-01,
  2.9499708779996164e-01, 2.9185658561709499e-01, 2.8872972848218270e-01, 2.8561642681550159e-01,
  2.8251659308370741e-01, 2.7943014176163772e-01, 2.7635698929566810e-01, 2.7329705406857691e-01,
  2.7025025636587519e-01, 2.6721651834356114e-01, 2.6419576399726080e-01, 2.6118791913272082e-01,
  2.5819291133761890e-01, 2.5521066995466168e-01, 2.5224112605594190e-01, 2.4928421241852824e-01,
  2.4633986350126363e-01, 2.4340801542275012e-01, 2.4048860594050039e-01, 2.3758157443123795e-01,
  2.3468686187232990e-01, 2.3180441082433859e-01, 2.2893416541468023e-01, 2.2607607132238020e-01,
  2.2323007576391746e-01, 2.2039612748015194e-01, 2.1757417672433113e-01, 2.1476417525117358e-01,
  2.1196607630703015e-01, 2.0917983462112499e-01, 2.0640540639788071e-01, 2.0364274931033485e-01,
  2.0089182249465656e-01, 1.9815258654577511e-01, 1.9542500351413428e-01, 1.9270903690358912e-01,
  1.9000465167046496e-01, 1.8731181422380025e-01, 1.8463049242679927e-01, 1.8196065559952254e-01,
  1.7930227452284767e-01, 1.7665532144373500e-01, 1.7401977008183875e-01, 1.7139559563750595e-01,
  1.6878277480121151e-01, 1.6618128576448205e-01, 1.6359110823236570e-01, 1.6101222343751107e-01,
  1.5844461415592431e-01, 1.5588826472447920e-01, 1.5334316106026283e-01, 1.5080929068184568e-01,
  1.4828664273257453e-01, 1.4577520800599403e-01, 1.4327497897351341e-01, 1.4078594981444470e-01,
  1.3830811644855071e-01, 1.3584147657125373e-01, 1.3338602969166913e-01, 1.3094177717364430e-01,
  1.2850872227999952e-01, 1.2608687022018586e-01, 1.2367622820159654e-01, 1.2127680548479021e-01,
  1.1888861344290998e-01, 1.1651166562561080e-01, 1.1414597782783835e-01, 1.1179156816383801e-01,
  1.0944845714681163e-01, 1.0711666777468364e-01, 1.0479622562248690e-01, 1.0248715894193508e-01,
  1.0018949876880981e-01, 9.7903279038862284e-02, 9.5628536713008819e-02, 9.3365311912690860e-02,
  9.1113648066373634e-02, 8.8873592068275789e-02, 8.6645194450557961e-02, 8.4428509570353374e-02,
  8.2223595813202863e-02, 8.0030515814663056e-02, 7.7849336702096039e-02, 7.5680130358927067e-02,
  7.3522973713981268e-02, 7.1377949058890375e-02, 6.9245144397006769e-02, 6.7124653827788497e-02,
  6.5016577971242842e-02, 6.2921024437758113e-02, 6.0838108349539864e-02, 5.8767952920933758e-02,
  5.6710690106202902e-02, 5.4666461324888914e-02, 5.2635418276792176e-02, 5.0617723860947761e-02,
  4.8613553215868521e-02, 4.6623094901930368e-02, 4.4646552251294443e-02, 4.2684144916474431e-02,
  4.0736110655940933e-02, 3.8802707404526113e-02, 3.6884215688567284e-02, 3.4980941461716084e-02,
  3.3093219458578522e-02, 3.1221417191920245e-02, 2.9365939758133314e-02, 2.7527235669603082e-02,
  2.5705804008548896e-02, 2.3902203305795882e-02, 2.2117062707308864e-02, 2.0351096230044517e-02,
  1.8605121275724643e-02, 1.6880083152543166e-02, 1.5177088307935325e-02, 1.3497450601739880e-02,
  1.1842757857907888e-02, 1.0214971439701471e-02, 8.6165827693987316e-03, 7.0508754713732268e-03,
  5.5224032992509968e-03, 4.0379725933630305e-03, 2.6090727461021627e-03, 1.2602859304985975e-03,
];
const RAND = Atom.of('rand');
const A = {
  type: Atom.of('type'),
  bits: Atom.of('bits'),
  weak_low_bits: Atom.of('weak_low_bits'),
  max: Atom.of('max'),
  next: Atom.of('next'),
  uniform: Atom.of('uniform'),
  uniform_n: Atom.of('uniform_n'),
  jump: Atom.of('jump'),
  rand_seed: Atom.of('rand_seed'),
  default: Atom.of('default'),
  zero_seed: Atom.of('zero_seed'),
  too_many_seed_integers: Atom.of('too_many_seed_integers'),
  non_integer_seed: Atom.of('non_integer_seed'),
  not_implemented: Atom.of('not_implemented'),
};

// ---------------------------------------------------------------------------
// Bit fiddling on bigints (OTP's BIT/MASK/BSL/ROTL macros)

const MASK58 = (1n << 58n) - 1n;
const MASK64 = (1n << 64n) - 1n;

function maskBits(bits: number, x: bigint): bigint {
  return x & ((1n << BigInt(bits)) - 1n);
}
/** ?BSL(Bits, X, N): shift left, dropping what falls off bit Bits. */
function bsl(bits: number, x: bigint, n: number): bigint {
  return maskBits(bits - n, x) << BigInt(n);
}
function rotl(bits: number, x: bigint, n: number): bigint {
  return bsl(bits, x, n) | (x >> BigInt(bits - n));
}
/** ?BC(V, N): the bit length of V, at most N. */
function bitCount(v: bigint, n: number): number {
  let b = 1n << BigInt(n - 1);
  let k = n;
  while (!(b <= v)) {
    b >>= 1n;
    k--;
  }
  return k;
}

/** Exactly 2^n as a double (normal or subnormal range). */
function pow2(n: number): number {
  const view = new DataView(new ArrayBuffer(8));
  if (n >= -1022) {
    view.setUint32(0, (n + 1023) << 20);
    return view.getFloat64(0);
  }
  const shift = n + 1074; // bit position of the subnormal's mantissa
  if (shift >= 32) view.setUint32(0, 1 << (shift - 32));
  else view.setUint32(4, 2 ** shift);
  return view.getFloat64(0);
}

const TWO_POW_MINUS53 = pow2(-53);

function toTerm(x: bigint): Term {
  return normalizeInteger(x);
}

/** An integer operand of arithmetic: badarith for anything else. */
function big(t: Term): bigint {
  if (typeof t === 'number') return BigInt(t);
  if (typeof t === 'bigint') return t;
  return badarith();
}

function isInteger(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

function errorAtom(a: Atom): never {
  return raiseError(a);
}

// ---------------------------------------------------------------------------
// Seeding helpers

function splitmix64Next(x0: bigint): [bigint, bigint] {
  const x = (x0 + 0x9e3779b97f4a7c15n) & MASK64;
  const z0 = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  const z1 = ((z0 ^ (z0 >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [(z1 ^ (z1 >> 31n)) & MASK64, x];
}

/** seed58/1: the next non-zero 58-bit value of a splitmix64 sequence. */
function seed58(x0: bigint): [bigint, bigint] {
  let x = x0;
  for (;;) {
    const [z0, nx] = splitmix64Next(x);
    const z = z0 & MASK58;
    if (z !== 0n) return [z, nx];
    x = nx;
  }
}

function seed58n(n: number, x0: bigint): bigint[] {
  const out: bigint[] = [];
  let x = x0;
  for (let k = 0; k < n; k++) {
    const [z, nx] = seed58(x);
    out.push(z);
    x = nx;
  }
  return out;
}

function seed64(x0: bigint): [bigint, bigint] {
  let x = x0;
  for (;;) {
    const [z, nx] = splitmix64Next(x);
    if (z !== 0n) return [z, nx];
    x = nx;
  }
}

function seed64n(n: number, x0: bigint): bigint[] {
  const out: bigint[] = [];
  let x = x0;
  for (let k = 0; k < n; k++) {
    const [z, nx] = seed64(x);
    out.push(z);
    x = nx;
  }
  return out;
}

/** seed_nz/4: N integers of M bits from a user list, not all zero; missing ones are 0. */
function seedNz(n0: number, list: Term, m: number): bigint[] {
  const out: bigint[] = [];
  let n = n0;
  let rest = list;
  let nonZero = false;
  for (;;) {
    if (rest === NIL && !nonZero) errorAtom(A.zero_seed);
    if (n === 0) {
      if (rest instanceof Cons) errorAtom(A.too_many_seed_integers);
      if (rest === NIL) return out;
      functionClause();
    }
    if (rest === NIL) {
      for (; n > 0; n--) out.push(0n);
      return out;
    }
    if (!(rest instanceof Cons)) functionClause();
    const s = rest.head;
    if (!isInteger(s)) errorAtom(A.non_integer_seed);
    const r = maskBits(m, BigInt(s));
    out.push(r);
    nonZero = nonZero || r !== 0n;
    n--;
    rest = rest.tail;
  }
}

function isListTerm(t: Term): boolean {
  return t instanceof Cons || t === NIL;
}

function triple(t: Term): [Term, Term, Term] | undefined {
  return t instanceof Tuple && t.elements.length === 3 ? [t.elements[0], t.elements[1], t.elements[2]] : undefined;
}

// ---------------------------------------------------------------------------
// Algorithm states as terms

/** [S0|S1] */
function pairTerm(s0: bigint, s1: bigint): Term {
  return new Cons(toTerm(s0), toTerm(s1));
}
function readPair(t: Term): [bigint, bigint] {
  if (!(t instanceof Cons)) functionClause();
  return [big(t.head), big(t.tail)];
}

/** {Ss, Rs}: a ring of words kept as a list and a reversed list. */
interface Ring {
  ss: bigint[];
  rs: bigint[];
}
function ringTerm(r: Ring): Term {
  return new Tuple([arrayToList(r.ss.map(toTerm)), arrayToList(r.rs.map(toTerm))]);
}
function readRing(t: Term): Ring {
  if (!(t instanceof Tuple) || t.elements.length !== 2) functionClause();
  const ss = listToArray(t.elements[0]);
  const rs = listToArray(t.elements[1]);
  if (ss === undefined || rs === undefined) functionClause();
  return { ss: ss.map(big), rs: rs.map(big) };
}

// ---- xorshift116+ (exsp/exsplus) and xorshift116** (exsss) ----

function exsNextState(s1: bigint, s0: bigint): [bigint, bigint] {
  const s0m = s0 & MASK58;
  const s1b = (s1 & MASK58) ^ bsl(58, s1, 24);
  const newS1 = s1b ^ s0m ^ (s1b >> 11n) ^ (s0m >> 41n);
  return [s0m, newS1];
}

function scrambleStarStar(s: bigint): bigint {
  const va = s + bsl(58, s, 2);
  const vb = bsl(58, va, 7) | maskBits(7, va >> 51n);
  return (vb + bsl(58, vb, 3)) & MASK58;
}

function exspNext(t: Term): [bigint, Term] {
  const [s1, s0] = readPair(t);
  const [a, b] = exsNextState(s1, s0);
  return [(a + b) & MASK58, pairTerm(a, b)];
}

function exsssNext(t: Term): [bigint, Term] {
  const [s1, s0] = readPair(t);
  const [a, b] = exsNextState(s1, s0);
  return [scrambleStarStar(a), pairTerm(a, b)];
}

function exsplusSeed(seed: Term): Term {
  if (isListTerm(seed)) {
    const [s0, s1] = seedNz(2, seed, 58);
    return pairTerm(s0, s1);
  }
  if (isInteger(seed)) {
    const [s0, s1] = seed58n(2, BigInt(seed));
    return pairTerm(s0, s1);
  }
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [, r1] = exspNext(pairTerm((big(a[0]) * 4294967197n + 1n) & MASK58, (big(a[1]) * 4294967231n + 1n) & MASK58));
  const [, r2] = exspNext(new Cons(toTerm((big(a[2]) * 4294967279n + 1n) & MASK58), (r1 as Cons).tail));
  return r2;
}

function exsssSeed(seed: Term): Term {
  if (isListTerm(seed) || isInteger(seed)) return exsplusSeed(seed);
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [, x0] = seed58(big(a[0]));
  const [s0, x1] = seed58(big(a[1]) ^ x0);
  const [s1] = seed58(big(a[2]) ^ x1);
  return pairTerm(s0, s1);
}

const JUMPCONST1 = 0x02f8ea6bc32c797n;
const JUMPCONST2 = 0x345d2a0f85f788cn;
const JUMPELEMLEN = 58;

function exspJump(t: Term): Term {
  let s = readPair(t);
  let as: [bigint, bigint] = [0n, 0n];
  for (const jc of [JUMPCONST1, JUMPCONST2]) {
    let j = jc;
    for (let n = 0; n < JUMPELEMLEN; n++) {
      const [, ns] = exspNext(pairTerm(s[0], s[1]));
      if ((j & 1n) === 1n) as = [as[0] ^ s[0], as[1] ^ s[1]];
      s = readPair(ns);
      j >>= 1n;
    }
  }
  return pairTerm(as[0], as[1]);
}

// ---- xoroshiro116+ (exrop) ----

function exropNextS(s0: bigint, s1: bigint): [bigint, bigint] {
  const s1a = s1 ^ s0;
  return [rotl(58, s0, 24) ^ s1a ^ bsl(58, s1a, 2), rotl(58, s1a, 35)];
}

function exropNext(t: Term): [bigint, Term] {
  const [s0, s1] = readPair(t);
  const [a, b] = exropNextS(s0, s1);
  return [(s0 + s1) & MASK58, pairTerm(a, b)];
}

function exropSeed(seed: Term): Term {
  if (isListTerm(seed) || isInteger(seed)) return exsplusSeed(seed);
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [, s1] = exropNextS((big(a[0]) * 4294967197n + 1n) & MASK58, (big(a[1]) * 4294967231n + 1n) & MASK58);
  const [x, y] = exropNextS((big(a[2]) * 4294967279n + 1n) & MASK58, s1);
  return pairTerm(x, y);
}

const EXROP_JUMP = 0x9863200f83fcd4a11293241fcb12an;

function exropJump(t: Term): Term {
  let [c0, c1] = readPair(t);
  let a0 = 0n;
  let a1 = 0n;
  const words = [(1n << 58n) | (EXROP_JUMP & MASK58), EXROP_JUMP >> 58n];
  let w = 0;
  let j = words[w++];
  for (;;) {
    if (j === 0n && w >= words.length) return pairTerm(a0, a1);
    if (j === 1n && w < words.length) {
      j = words[w++];
      continue;
    }
    if ((j & 1n) === 1n) {
      a0 ^= c0;
      a1 ^= c1;
    }
    [c0, c1] = exropNextS(c0, c1);
    j >>= 1n;
  }
}

// ---- xoroshiro928** (exro928ss) ----

function exro928NextState(r: Ring): Ring {
  let ss = r.ss;
  let rs = r.rs;
  if (ss.length === 1) {
    ss = [ss[0], ...rs.slice().reverse()];
    rs = [];
  }
  if (ss.length < 2) functionClause();
  const [s15, s0, ...rest] = ss;
  const s0m = s0 & MASK58;
  const q = (s15 & MASK58) ^ s0m;
  const newS15 = rotl(58, s0m, 44) ^ q ^ bsl(58, q, 9);
  const newS0 = rotl(58, q, 45);
  return { ss: [newS0, ...rest], rs: [newS15, ...rs] };
}

function exro928ssNext(t: Term): [bigint, Term] {
  let r = readRing(t);
  if (r.ss.length === 1) r = { ss: [r.ss[0], ...r.rs.slice().reverse()], rs: [] };
  if (r.ss.length < 2) functionClause();
  const s0 = r.ss[1];
  return [scrambleStarStar(s0), ringTerm(exro928NextState(r))];
}

function exro928Seed(seed: Term): Term {
  if (isListTerm(seed)) return ringTerm({ ss: seedNz(16, seed, 58), rs: [] });
  if (isInteger(seed)) return ringTerm({ ss: seed58n(16, BigInt(seed)), rs: [] });
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [s0, x0] = seed58(big(a[0]));
  const [s1, x1] = seed58(big(a[1]) ^ x0);
  const [s2, x2] = seed58(big(a[2]) ^ x1);
  return ringTerm({ ss: [s0, s1, s2, ...seed58n(13, x2)], rs: [] });
}

const EXRO928_JUMP_2POW512 = [
  0x4085302f77130can, 0x54e07f7f4524091n, 0x5e1d7d6813d2ba0n, 0x4687acef8644287n,
  0x4567fd9f0b83fe5n, 0x43e6d27ea06c024n, 0x641e015ac26d5d2n, 0x6cd61377663b92fn,
  0x70a0657e19f00d4n, 0x43c0bdde15cf3c3n, 0x745a3a8a3cef3ccn, 0x58a8cf308c8e0c6n,
  0x7b7c4cc049c536en, 0x431801f9db3af2cn, 0x41a1504acd83f24n, 0x6c41dcf2f867d7fn,
];

/** polyjump/3 over exro928's state transition. */
function exro928Jump(t: Term): Term {
  let r = readRing(t);
  let ts: bigint[] = new Array<bigint>(r.ss.length + r.rs.length).fill(0n);
  for (const jc of EXRO928_JUMP_2POW512) {
    let j = jc;
    while (j !== 1n) {
      if (j === 0n) functionClause();
      const next = exro928NextState(r);
      if ((j & 1n) === 1n) {
        const words = [...r.ss, ...r.rs.slice().reverse()];
        ts = ts.map((x, k) => x ^ words[k]);
      }
      r = next;
      j >>= 1n;
    }
  }
  return ringTerm({ ss: ts, rs: [] });
}

// ---- xorshift64* (exs64) and xorshift1024* (exs1024, exs1024s) ----

function exs64NextBig(r: bigint): [bigint, bigint] {
  const r1 = r ^ (r >> 12n);
  const r2 = r1 ^ bsl(64, r1, 25);
  const r3 = r2 ^ (r2 >> 27n);
  return [(r3 * 2685821657736338717n) & MASK64, r3];
}

function exs64Next(t: Term): [bigint, Term] {
  const [v, r] = exs64NextBig(big(t));
  return [v, toTerm(r)];
}

function exs64Seed(seed: Term): Term {
  if (isListTerm(seed)) return toTerm(seedNz(1, seed, 64)[0]);
  if (isInteger(seed)) return toTerm(seed64n(1, BigInt(seed))[0]);
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [v1] = exs64NextBig(maskBits(32, big(a[0])) * 4294967197n + 1n);
  const [v2] = exs64NextBig(maskBits(32, big(a[1])) * 4294967231n + 1n);
  const [v3] = exs64NextBig(maskBits(32, big(a[2])) * 4294967279n + 1n);
  return toTerm(((v1 * v2 * v3) % (MASK64 - 1n)) + 1n);
}

function exs1024Calc(s0: bigint, s1: bigint): [bigint, bigint] {
  const s11 = s1 ^ bsl(64, s1, 31);
  const s12 = s11 ^ (s11 >> 11n);
  const s01 = s0 ^ (s0 >> 30n);
  const ns1 = s01 ^ s12;
  return [(ns1 * 1181783497276652981n) & MASK64, ns1];
}

function exs1024NextRing(r0: Ring): [bigint, Ring] {
  let r = r0;
  if (r.ss.length === 1) r = { ss: [r.ss[0], ...r.rs.slice().reverse()], rs: [] };
  if (r.ss.length < 2) functionClause();
  const [s0, s1, ...l3] = r.ss;
  const [x, ns1] = exs1024Calc(s0, s1);
  return [x, { ss: [ns1, ...l3], rs: [s0, ...r.rs] }];
}

function exs1024Next(t: Term): [bigint, Term] {
  const [x, r] = exs1024NextRing(readRing(t));
  return [x, ringTerm(r)];
}

function exs1024Seed(seed: Term): Term {
  if (isListTerm(seed)) return ringTerm({ ss: seedNz(16, seed, 64), rs: [] });
  if (isInteger(seed)) return ringTerm({ ss: seed64n(16, BigInt(seed)), rs: [] });
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const b1 = maskBits(21, (maskBits(21, big(a[0])) + 1n) * 2097131n);
  const b2 = maskBits(21, (maskBits(21, big(a[1])) + 1n) * 2097133n);
  const b3 = maskBits(21, (maskBits(21, big(a[2])) + 1n) * 2097143n);
  let r = (b1 << 43n) | (b2 << 22n) | (b3 << 1n) | 1n;
  const l: bigint[] = [];
  for (let k = 0; k < 16; k++) {
    const [x, r2] = exs64NextBig(r);
    l.unshift(x);
    r = r2;
  }
  return ringTerm({ ss: l, rs: [] });
}

const EXS1024_JUMP_HEAD = 0x00242f96eca9c41dn;
const EXS1024_JUMP_TAIL = [
  0x0196e1ddbe5a1561n, 0x0239f070b5837a3cn, 0x03f393cc68796cd2n, 0x0248316f404489afn,
  0x039a30088bffbac2n, 0x02fea70dc2d9891fn, 0x032ae0d9644caec4n, 0x0313aac17d8efa43n,
  0x02f132e055642626n, 0x01ee975283d71c93n, 0x00552321b06f5501n, 0x00c41d10a1e6a569n,
  0x019158ecf8aa1e44n, 0x004e9fc949d0b5fcn, 0x0363da172811fddan, 0x030e38c3b99181f2n,
  0x0000000a118038fcn,
];

function exs1024Jump(t: Term): Term {
  let r = readRing(t);
  const p = r.rs.length;
  let as: bigint[] = new Array<bigint>(16).fill(0n);
  const tail = EXS1024_JUMP_TAIL.slice();
  let j = EXS1024_JUMP_HEAD;
  let n = JUMPELEMLEN;
  for (let tn = 1024; tn > 0; ) {
    if (n === 0) {
      j = tail.shift() as bigint;
      n = JUMPELEMLEN;
      continue;
    }
    const [, ns] = exs1024NextRing(r);
    if ((j & 1n) === 1n) {
      const words = [...r.ss, ...r.rs.slice().reverse()];
      if (words.length !== as.length) functionClause();
      as = as.map((x, k) => x ^ words[k]);
    }
    r = ns;
    j >>= 1n;
    n--;
    tn--;
  }
  const left = as.slice(0, 16 - p);
  const right = as.slice(16 - p).reverse();
  return ringTerm({ ss: left, rs: right });
}

// ---- dummy (OTP's test algorithm) ----

function dummyNext(t: Term): [bigint, Term] {
  const r = big(t);
  return [r, toTerm(r ^ MASK58)];
}

function dummySeed(seed: Term): Term {
  if (isListTerm(seed)) {
    if (seed === NIL) errorAtom(A.zero_seed);
    const c = seed as Cons;
    if (isInteger(c.head) && c.tail === NIL) return toTerm(BigInt(c.head) & MASK58);
    if (isInteger(c.head)) errorAtom(A.too_many_seed_integers);
    errorAtom(A.non_integer_seed);
  }
  if (isInteger(seed)) return toTerm(splitmix64Next(BigInt(seed))[0] & MASK58);
  const a = triple(seed);
  if (a === undefined) return functionClause();
  const [, x1] = splitmix64Next(big(a[0]));
  const [, x2] = splitmix64Next(big(a[1]) ^ x1);
  const [z3] = splitmix64Next(big(a[2]) ^ x2);
  return toTerm(z3 & MASK58);
}

// ---------------------------------------------------------------------------
// Algorithm table (mk_alg/1)

interface Alg {
  type: string;
  /** Bits of each generated value, or undefined for the `max` algorithms. */
  bits?: number;
  max?: bigint;
  weakLowBits?: number;
  /** Whether the handler has its own uniform/uniform_n (the 58-bit generators). */
  ownUniform: boolean;
  next(state: Term): [bigint, Term];
  seed(seed: Term): Term;
  jump?(state: Term): Term;
}

const ALGS: Record<string, Alg> = {
  exs64: { type: 'exs64', max: MASK64, ownUniform: false, next: exs64Next, seed: exs64Seed },
  exsplus: { type: 'exsplus', max: MASK58, ownUniform: false, next: exspNext, seed: exsplusSeed, jump: exspJump },
  exsp: { type: 'exsp', bits: 58, weakLowBits: 1, ownUniform: true, next: exspNext, seed: exsplusSeed, jump: exspJump },
  exsss: { type: 'exsss', bits: 58, ownUniform: true, next: exsssNext, seed: exsssSeed, jump: exspJump },
  exs1024: { type: 'exs1024', max: MASK64, ownUniform: false, next: exs1024Next, seed: exs1024Seed, jump: exs1024Jump },
  exs1024s: { type: 'exs1024s', bits: 64, weakLowBits: 3, ownUniform: false, next: exs1024Next, seed: exs1024Seed, jump: exs1024Jump },
  exrop: { type: 'exrop', bits: 58, weakLowBits: 1, ownUniform: true, next: exropNext, seed: exropSeed, jump: exropJump },
  exro928ss: { type: 'exro928ss', bits: 58, ownUniform: true, next: exro928ssNext, seed: exro928Seed, jump: exro928Jump },
  dummy: { type: 'dummy', bits: 58, ownUniform: true, next: dummyNext, seed: dummySeed },
};

/** A placeholder for one of rand.erl's local funs in an algorithm handler. */
function handlerFun(name: string, arity: number): Fun {
  return new Fun(RAND, -1, arity, [], Atom.of(name), 0, new Uint8Array(16), -1);
}

/** The AlgHandler map mk_alg/1 builds, with the keys OTP puts in it. */
function handlerMap(alg: Alg): ErlMap {
  const entries: Array<[Term, Term]> = [[A.type, Atom.of(alg.type)]];
  if (alg.bits !== undefined) entries.push([A.bits, alg.bits]);
  if (alg.max !== undefined) entries.push([A.max, toTerm(alg.max)]);
  if (alg.weakLowBits !== undefined) entries.push([A.weak_low_bits, alg.weakLowBits]);
  entries.push([A.next, handlerFun(`${alg.type}_next`, 1)]);
  if (alg.ownUniform) {
    entries.push([A.uniform, handlerFun(`${alg.type}_uniform`, 1)]);
    entries.push([A.uniform_n, handlerFun(`${alg.type}_uniform`, 2)]);
  }
  if (alg.jump !== undefined) entries.push([A.jump, handlerFun(`${alg.type}_jump`, 1)]);
  return ErlMap.fromEntries(entries);
}

/** mk_alg/1: function_clause for an unknown algorithm. */
function algNamed(t: Term): Alg {
  if (t instanceof Atom && Object.prototype.hasOwnProperty.call(ALGS, t.name)) return ALGS[t.name];
  return functionClause();
}

/** A live state {AlgHandler, AlgState}. */
interface State {
  alg: Alg;
  handler: ErlMap;
  s: Term;
}

function stateTerm(st: State): Tuple {
  return new Tuple([st.handler, st.s]);
}

/** The algorithm of a state's handler map, found by its type. */
function readState(t: Term): State {
  if (t instanceof Tuple && t.elements.length === 2 && t.elements[0] instanceof ErlMap) {
    const handler = t.elements[0];
    const type = handler.get(A.type);
    if (type instanceof Atom && Object.prototype.hasOwnProperty.call(ALGS, type.name)) {
      return { alg: ALGS[type.name], handler, s: t.elements[1] };
    }
  }
  return functionClause();
}

function next(st: State): [bigint, State] {
  const [v, s] = st.alg.next(st.s);
  return [v, { ...st, s }];
}

// ---------------------------------------------------------------------------
// Seeding (seed/1,2, seed_s/1,2, export_seed/0,1)

function seedS2(alg: Term, seed: Term): State {
  const a = algNamed(alg === A.default ? Atom.of('exsss') : alg);
  return { alg: a, handler: handlerMap(a), s: a.seed(seed) };
}

/** default_seed/0 stands in for node, pid and time: the VM's deterministic random source. */
function defaultSeed(ctx: NativeContext): Term {
  const rt = (ctx.process as Process).rt;
  return new Tuple([rt.random() & 0x7ffffff, rt.random(), rt.random()]);
}

/** seed_s/1: a state as it is, an exported state imported, or an algorithm seeded by default. */
function seedS1(x: Term, ctx: NativeContext): Term {
  if (x instanceof Tuple && x.elements.length === 2) {
    const [h, s] = x.elements;
    if (h instanceof ErlMap) return x;
    if (h instanceof Atom) return new Tuple([handlerMap(algNamed(h)), s]);
  }
  return stateTerm(seedS2(x, defaultSeed(ctx)));
}

function dictOf(ctx: NativeContext): Process['dictionary'] {
  return (ctx.process as Process).dictionary;
}

function seedPut(ctx: NativeContext, st: State | Term): Term {
  const t = isState(st) ? stateTerm(st) : st;
  dictOf(ctx).put(A.rand_seed, t);
  return t;
}

function isState(x: State | Term): x is State {
  return typeof x === 'object' && x !== null && 'alg' in x && 'handler' in x;
}

function seedGet(ctx: NativeContext): State {
  const t = dictOf(ctx).get(A.rand_seed);
  if (t === undefined) {
    const st = seedS2(Atom.of('exsss'), defaultSeed(ctx));
    seedPut(ctx, st);
    return st;
  }
  return readState(t);
}

function exportOf(t: Term): Term | undefined {
  if (t instanceof Tuple && t.elements.length === 2 && t.elements[0] instanceof ErlMap) {
    const type = t.elements[0].get(A.type);
    if (type !== undefined) return new Tuple([type, t.elements[1]]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// uniform_s/1,2

function uniformFloat(st: State): [number, State] {
  const [v, st1] = next(st);
  if (st.alg.bits !== undefined) return [Number(v >> BigInt(st.alg.bits - 53)) * TWO_POW_MINUS53, st1];
  return [Number(v) / Number((st.alg.max as bigint) + 1n), st1];
}

/** uniform_range/4: ranges wider than one generated value, built from several. */
function uniformRangeWide(range: bigint, st0: State, v0: bigint): [bigint, State] {
  const bits = st0.alg.bits as number;
  const weak = st0.alg.weakLowBits ?? 0;
  const shift = bits - weak;
  const shiftMask = ~((1n << BigInt(weak)) - 1n);
  const rangeMinus1 = range - 1n;
  let st = st0;
  let v = v0;
  for (;;) {
    // uniform_range/7: widen V until the remaining range is covered.
    const widen = (r0: bigint): [bigint, number] => {
      let r = r0;
      let b = bits;
      while (r > 1n) {
        const [v1, st1] = next(st);
        st = st1;
        v = ((v & shiftMask) << BigInt(shift)) | v1;
        r >>= BigInt(shift);
        b += shift;
      }
      return [v, b];
    };
    if ((range & rangeMinus1) === 0n) {
      const [v1] = widen(range >> BigInt(bits));
      return [(v1 & rangeMinus1) + 1n, st];
    }
    const [v1, b] = widen(range >> BigInt(bits - 2));
    const i = v1 % range;
    if (v1 - i <= (1n << BigInt(b)) - range) return [i + 1n, st];
    const [v2, st2] = next(st);
    st = st2;
    v = v2;
  }
}

function uniformN(n: Term, st0: State): [Term, State] {
  if (!isInteger(n) || BigInt(n) < 1n) return functionClause();
  const range = BigInt(n);
  let st = st0;
  if (st.alg.bits !== undefined) {
    const bits = BigInt(st.alg.bits);
    for (;;) {
      const [v, st1] = next(st);
      const maxMinusRange = (1n << bits) - range;
      if (maxMinusRange < 0n) {
        const [x, st2] = uniformRangeWide(range, st1, v);
        return [toTerm(x), st2];
      }
      if (v < range) return [toTerm(v + 1n), st1];
      const i = v % range;
      if (v - i <= maxMinusRange) return [toTerm(i + 1n), st1];
      st = st1;
    }
  }
  const [v, st1] = next(st);
  const max = st.alg.max as bigint;
  if (range <= max) return [toTerm((v % range) + 1n), st1];
  const f = Number(v) / Number(max + 1n);
  return [toTerm(BigInt(Math.trunc(f * Number(range))) + 1n), st1];
}

// ---------------------------------------------------------------------------
// uniform_real_s/1

const B = (n: number): bigint => 1n << BigInt(n);

/** A value's 56 leading bits, and the bit width uniform_real_s/7 works with. */
function realWord(st: State, v: bigint): [bigint, number] {
  if (st.alg.bits !== undefined) return [v, st.alg.bits];
  return [maskBits(56, v), 56];
}

function uniformReal(st0: State): [number, State] {
  let st = st0;
  for (;;) {
    const [v1raw, st1] = next(st);
    const [v1, bits] = realWord(st, v1raw);
    const m1 = v1 >> BigInt(bits - 56);
    if (m1 >= B(55)) return [Number(m1 >> 3n) * pow2(-53), st1];
    if (m1 >= B(54)) return [Number(m1 >> 2n) * pow2(-54), st1];
    if (m1 >= B(53)) return [Number(m1 >> 1n) * pow2(-55), st1];
    if (m1 >= B(52)) return [Number(m1) * pow2(-56), st1];
    const [v2raw, st2] = next(st1);
    // The first extra word goes in as generated (OTP masks only the later ones to 56 bits).
    const r = uniformRealMore(st2, m1, -56, v2raw, bits);
    if (!('restart' in r)) return r;
    // Astronomically unlikely: OTP starts over from the state reached.
    st = r.restart;
  }
}

/** uniform_real_s/7 and /5 (more bits for a small value), or a restart from a state. */
function uniformRealMore(
  st0: State,
  m00: bigint,
  bitNo0: number,
  v10: bigint,
  bits: number,
): [number, State] | { restart: State } {
  let st = st0;
  let m0 = m00;
  let bitNo = bitNo0;
  let v1 = v10;
  for (;;) {
    if (bitNo === -1064) {
      const b0 = 53 - bitCount(m0, 52);
      return [Number((m0 << BigInt(b0)) | (v1 >> BigInt(bits - b0))) * pow2(-1064 - b0), st];
    }
    for (const k of [1, 2, 3]) {
      if (m0 >= B(52 - k)) {
        return [Number((m0 << BigInt(k)) | (v1 >> BigInt(bits - k))) * pow2(bitNo - k), st];
      }
    }
    if (m0 === 0n) {
      const m1 = v1 >> BigInt(bits - 56);
      if (m1 >= B(55)) return [Number(m1 >> 3n) * pow2(bitNo - 53), st];
      if (m1 >= B(54)) return [Number(m1 >> 2n) * pow2(bitNo - 54), st];
      if (m1 >= B(53)) return [Number(m1 >> 1n) * pow2(bitNo - 55), st];
      if (m1 >= B(52)) return [Number(m1) * pow2(bitNo - 56), st];
      if (bitNo === -1008 && !(m1 >= B(42))) return { restart: st };
      const [vraw, st1] = next(st);
      v1 = realWord(st, vraw)[0];
      st = st1;
      m0 = m1;
      bitNo -= 56;
      continue;
    }
    const b0 = 53 - bitCount(m0, 49);
    return [Number((m0 << BigInt(b0)) | (v1 >> BigInt(bits - b0))) * pow2(bitNo - b0), st];
  }
}

// ---------------------------------------------------------------------------
// normal_s/1 (the ziggurat method)

const NOR_R = 3.6541528853610087963519472518;
const NOR_INV_R = 1 / NOR_R;

function get52(st: State): [bigint, bigint, State] {
  const [v, st1] = next(st);
  if (st.alg.bits !== undefined) {
    const bits = st.alg.bits;
    return [B(bits - 51 - 1) & v, v >> BigInt(bits - 51), st1];
  }
  return [B(51) & v, maskBits(51, v), st1];
}

function normal(st0: State): [number, State] {
  let st = st0;
  for (;;) {
    const [sign, r, st1] = get52(st);
    const idx = Number(r & 255n);
    const rn = Number(r);
    const x0 = rn * NORMAL_W[idx];
    if (r < BigInt(NORMAL_K[idx])) return [sign === 0n ? x0 : -x0, st1];
    const x = sign === 0n ? x0 : -x0;
    if (idx === 0) {
      // The tail beyond NOR_R.
      let s = st1;
      for (;;) {
        const [u0, s1] = uniformFloat(s);
        const tx = -NOR_INV_R * Math.log(u0);
        const [u1, s2] = uniformFloat(s1);
        const y = -Math.log(u1);
        if (y + y > tx * tx) return [sign === 0n ? NOR_R + tx : -NOR_R - tx, s2];
        s = s2;
      }
    }
    const fi2 = NORMAL_F[idx];
    const [u0, s1] = uniformFloat(st1);
    if ((NORMAL_F[idx - 1] - fi2) * u0 + fi2 < Math.exp(-0.5 * x * x)) return [x, s1];
    st = s1;
  }
}

// ---------------------------------------------------------------------------
// bytes_s/2

function bytesS(n: Term, st0: State): [Bitstring, State] {
  if (!isInteger(n) || BigInt(n) < 0n) return functionClause();
  let bits: number;
  let weak: number;
  if (st0.alg.bits !== undefined) {
    bits = st0.alg.bits;
    weak = st0.alg.weakLowBits ?? 0;
  } else {
    if ((st0.alg.max as bigint) < MASK58) functionClause();
    bits = 58;
    weak = 2;
  }
  const goodBytes = (bits - weak) >> 3;
  const goodBits = goodBytes << 3;
  const shift = BigInt(bits - goodBits);
  const out: number[] = [];
  const pushBits = (v: bigint, width: number): void => {
    for (let k = width - 8; k >= 0; k -= 8) out.push(Number((v >> BigInt(k)) & 255n));
  };
  let left = Number(n);
  let st = st0;
  while (goodBytes * 4 < left) {
    for (let k = 0; k < 4; k++) {
      const [v, st1] = next(st);
      st = st1;
      pushBits(v >> shift, goodBits);
    }
    left -= goodBytes * 4;
  }
  while (goodBytes < left) {
    const [v, st1] = next(st);
    st = st1;
    pushBits(v >> shift, goodBits);
    left -= goodBytes;
  }
  const [v, st1] = next(st);
  const width = left * 8;
  pushBits(v >> BigInt(goodBits - width), width);
  return [new Bitstring(Uint8Array.from(out)), st1];
}

// ---------------------------------------------------------------------------
// mwc59 and the exported generator steps

const MWC59_A = 0x7fa6502n;
const MWC59_B = 32n;
const MWC59_P = (MWC59_A << MWC59_B) - 1n;

function mwcArg(t: Term): bigint {
  if (isInteger(t)) {
    const x = BigInt(t);
    if (x >= 1n && x < MWC59_P) return x;
  }
  return functionClause();
}

function hash58(x: bigint): bigint {
  const x0 = x & MASK58;
  const x1 = ((x0 ^ (x0 >> 29n)) * 0x351afd7ed558ccdn) & MASK58;
  const x2 = ((x1 ^ (x1 >> 29n)) * 0x0ceb9fe1a85ec53n) & MASK58;
  return x2 ^ (x2 >> 29n);
}

// ---------------------------------------------------------------------------
// Registration

function pairResult(x: Term, st: State): Tuple {
  return new Tuple([x, stateTerm(st)]);
}

function float(x: number): Float {
  return new Float(x);
}

function sqrtOf(t: Term): number {
  const v = t instanceof Float ? t.value : isInteger(t) ? Number(t) : badarith();
  if (v < 0) badarith();
  return Math.sqrt(v);
}

function addNumber(a: Term, x: number): Float {
  const v = a instanceof Float ? a.value : isInteger(a) ? Number(a) : badarith();
  return float(v + x);
}

const natives: ReadonlyArray<[string, number, PlainNative]> = [
  ['seed', 1, ([x], ctx) => seedPut(ctx, seedS1(x, ctx))],
  ['seed', 2, ([alg, seed], ctx) => seedPut(ctx, seedS2(alg, seed))],
  ['seed_s', 1, ([x], ctx) => seedS1(x, ctx)],
  ['seed_s', 2, ([alg, seed]) => stateTerm(seedS2(alg, seed))],
  ['export_seed', 0, (_a, ctx) => exportOf(dictOf(ctx).get(A.rand_seed) ?? NIL) ?? atoms.undefined],
  ['export_seed_s', 1, ([s]) => exportOf(s) ?? functionClause()],
  [
    'uniform',
    0,
    (_a, ctx) => {
      const [x, st] = uniformFloat(seedGet(ctx));
      seedPut(ctx, st);
      return float(x);
    },
  ],
  [
    'uniform',
    1,
    ([n], ctx) => {
      const [x, st] = uniformN(n, seedGet(ctx));
      seedPut(ctx, st);
      return x;
    },
  ],
  ['uniform_s', 1, ([s]) => {
    const [x, st] = uniformFloat(readState(s));
    return pairResult(float(x), st);
  }],
  ['uniform_s', 2, ([n, s]) => {
    const st0 = readState(s);
    const [x, st] = uniformN(n, st0);
    return pairResult(x, st);
  }],
  [
    'uniform_real',
    0,
    (_a, ctx) => {
      const [x, st] = uniformReal(seedGet(ctx));
      seedPut(ctx, st);
      return float(x);
    },
  ],
  ['uniform_real_s', 1, ([s]) => {
    const [x, st] = uniformReal(readState(s));
    return pairResult(float(x), st);
  }],
  [
    'normal',
    0,
    (_a, ctx) => {
      const [x, st] = normal(seedGet(ctx));
      seedPut(ctx, st);
      return float(x);
    },
  ],
  [
    'normal',
    2,
    ([mean, variance], ctx) => {
      const sd = sqrtOf(variance);
      const [x, st] = normal(seedGet(ctx));
      seedPut(ctx, st);
      return addNumber(mean, sd * x);
    },
  ],
  ['normal_s', 1, ([s]) => {
    const [x, st] = normal(readState(s));
    return pairResult(float(x), st);
  }],
  ['normal_s', 3, ([mean, variance, s]) => {
    const positive = variance instanceof Float ? variance.value > 0 : isInteger(variance) && BigInt(variance) > 0n;
    if (!positive) functionClause();
    const [x, st] = normal(readState(s));
    return pairResult(addNumber(mean, sqrtOf(variance) * x), st);
  }],
  [
    'bytes',
    1,
    ([n], ctx) => {
      const [b, st] = bytesS(n, seedGet(ctx));
      seedPut(ctx, st);
      return b;
    },
  ],
  ['bytes_s', 2, ([n, s]) => {
    const [b, st] = bytesS(n, readState(s));
    return new Tuple([b, stateTerm(st)]);
  }],
  ['jump', 1, ([s]) => stateTerm(jumpState(readState(s)))],
  ['jump', 0, (_a, ctx) => seedPut(ctx, jumpState(seedGet(ctx)))],
  ['splitmix64_next', 1, ([x]) => {
    const [z, nx] = splitmix64Next(big(x));
    return new Tuple([toTerm(z), toTerm(nx)]);
  }],
  ['exsp_next', 1, ([s]) => {
    const [v, ns] = exspNext(s);
    return new Tuple([toTerm(v), ns]);
  }],
  ['exsp_jump', 1, ([s]) => exspJump(s)],
  ['mwc59', 1, ([cx]) => {
    const x = mwcArg(cx);
    return toTerm(MWC59_A * (x & ((1n << MWC59_B) - 1n)) + (x >> MWC59_B));
  }],
  ['mwc59_value32', 1, ([cx]) => {
    const x = maskBits(32, mwcArg(cx));
    return toTerm(x ^ bsl(32, x, 8));
  }],
  ['mwc59_value', 1, ([cx]) => {
    const x = mwcArg(cx);
    const x2 = x ^ bsl(59, x, 4);
    return toTerm(x2 ^ bsl(59, x2, 27));
  }],
  ['mwc59_float', 1, ([cx]) => {
    const x = maskBits(53, mwcArg(cx));
    const x2 = x ^ bsl(53, x, 4);
    const x3 = x2 ^ bsl(53, x2, 27);
    return float(Number(x3) * TWO_POW_MINUS53);
  }],
  ['mwc59_seed', 1, ([s]) => {
    if (!isInteger(s) || BigInt(s) < 0n || BigInt(s) > MASK58) functionClause();
    return toTerm(hash58(BigInt(s)) + 1n);
  }],
  ['mwc59_seed', 0, (_a, ctx) => {
    const seed = defaultSeed(ctx) as Tuple;
    const [a1, a2, a3] = seed.elements.map(big);
    return toTerm((hash58(a1) ^ hash58(a2) ^ hash58(a3)) + 1n);
  }],
];

function jumpState(st: State): State {
  if (st.alg.jump === undefined) raiseError(A.not_implemented);
  return { ...st, s: st.alg.jump(st.s) };
}

export function register(reg: NativeRegistry): void {
  for (const [name, arity, impl] of natives) reg.plain('rand', name, arity, impl);
}

/** For unit tests: the algorithm table and state stepping. */
export const internals = { ALGS, splitmix64Next, readState, uniformFloat, uniformN };
