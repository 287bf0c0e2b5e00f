// Generated-style sample: more than 256 constant-pool entries, so later ldc become ldc_w.
public class ManyConstants {
    static String s0() { return "str0_0"; }
    static String s1() { return "str1_7919"; }
    static String s2() { return "str2_5831"; }
    static String s3() { return "str3_3743"; }
    static String s4() { return "str4_1655"; }
    static String s5() { return "str5_9574"; }
    static String s6() { return "str6_7486"; }
    static String s7() { return "str7_5398"; }
    static String s8() { return "str8_3310"; }
    static String s9() { return "str9_1222"; }
    static String s10() { return "str10_9141"; }
    static String s11() { return "str11_7053"; }
    static String s12() { return "str12_4965"; }
    static String s13() { return "str13_2877"; }
    static String s14() { return "str14_789"; }
    static String s15() { return "str15_8708"; }
    static String s16() { return "str16_6620"; }
    static String s17() { return "str17_4532"; }
    static String s18() { return "str18_2444"; }
    static String s19() { return "str19_356"; }
    static String s20() { return "str20_8275"; }
    static String s21() { return "str21_6187"; }
    static String s22() { return "str22_4099"; }
    static String s23() { return "str23_2011"; }
    static String s24() { return "str24_9930"; }
    static String s25() { return "str25_7842"; }
    static String s26() { return "str26_5754"; }
    static String s27() { return "str27_3666"; }
    static String s28() { return "str28_1578"; }
    static String s29() { return "str29_9497"; }
    static String s30() { return "str30_7409"; }
    static String s31() { return "str31_5321"; }
    static String s32() { return "str32_3233"; }
    static String s33() { return "str33_1145"; }
    static String s34() { return "str34_9064"; }
    static String s35() { return "str35_6976"; }
    static String s36() { return "str36_4888"; }
    static String s37() { return "str37_2800"; }
    static String s38() { return "str38_712"; }
    static String s39() { return "str39_8631"; }
    static String s40() { return "str40_6543"; }
    static String s41() { return "str41_4455"; }
    static String s42() { return "str42_2367"; }
    static String s43() { return "str43_279"; }
    static String s44() { return "str44_8198"; }
    static String s45() { return "str45_6110"; }
    static String s46() { return "str46_4022"; }
    static String s47() { return "str47_1934"; }
    static String s48() { return "str48_9853"; }
    static String s49() { return "str49_7765"; }
    static String s50() { return "str50_5677"; }
    static String s51() { return "str51_3589"; }
    static String s52() { return "str52_1501"; }
    static String s53() { return "str53_9420"; }
    static String s54() { return "str54_7332"; }
    static String s55() { return "str55_5244"; }
    static String s56() { return "str56_3156"; }
    static String s57() { return "str57_1068"; }
    static String s58() { return "str58_8987"; }
    static String s59() { return "str59_6899"; }
    static String s60() { return "str60_4811"; }
    static String s61() { return "str61_2723"; }
    static String s62() { return "str62_635"; }
    static String s63() { return "str63_8554"; }
    static String s64() { return "str64_6466"; }
    static String s65() { return "str65_4378"; }
    static String s66() { return "str66_2290"; }
    static String s67() { return "str67_202"; }
    static String s68() { return "str68_8121"; }
    static String s69() { return "str69_6033"; }
    static String s70() { return "str70_3945"; }
    static String s71() { return "str71_1857"; }
    static String s72() { return "str72_9776"; }
    static String s73() { return "str73_7688"; }
    static String s74() { return "str74_5600"; }
    static String s75() { return "str75_3512"; }
    static String s76() { return "str76_1424"; }
    static String s77() { return "str77_9343"; }
    static String s78() { return "str78_7255"; }
    static String s79() { return "str79_5167"; }
    static String s80() { return "str80_3079"; }
    static String s81() { return "str81_991"; }
    static String s82() { return "str82_8910"; }
    static String s83() { return "str83_6822"; }
    static String s84() { return "str84_4734"; }
    static String s85() { return "str85_2646"; }
    static String s86() { return "str86_558"; }
    static String s87() { return "str87_8477"; }
    static String s88() { return "str88_6389"; }
    static String s89() { return "str89_4301"; }
    static String s90() { return "str90_2213"; }
    static String s91() { return "str91_125"; }
    static String s92() { return "str92_8044"; }
    static String s93() { return "str93_5956"; }
    static String s94() { return "str94_3868"; }
    static String s95() { return "str95_1780"; }
    static String s96() { return "str96_9699"; }
    static String s97() { return "str97_7611"; }
    static String s98() { return "str98_5523"; }
    static String s99() { return "str99_3435"; }
    static String s100() { return "str100_1347"; }
    static String s101() { return "str101_9266"; }
    static String s102() { return "str102_7178"; }
    static String s103() { return "str103_5090"; }
    static String s104() { return "str104_3002"; }
    static String s105() { return "str105_914"; }
    static String s106() { return "str106_8833"; }
    static String s107() { return "str107_6745"; }
    static String s108() { return "str108_4657"; }
    static String s109() { return "str109_2569"; }
    static String s110() { return "str110_481"; }
    static String s111() { return "str111_8400"; }
    static String s112() { return "str112_6312"; }
    static String s113() { return "str113_4224"; }
    static String s114() { return "str114_2136"; }
    static String s115() { return "str115_48"; }
    static String s116() { return "str116_7967"; }
    static String s117() { return "str117_5879"; }
    static String s118() { return "str118_3791"; }
    static String s119() { return "str119_1703"; }
    static String s120() { return "str120_9622"; }
    static String s121() { return "str121_7534"; }
    static String s122() { return "str122_5446"; }
    static String s123() { return "str123_3358"; }
    static String s124() { return "str124_1270"; }
    static String s125() { return "str125_9189"; }
    static String s126() { return "str126_7101"; }
    static String s127() { return "str127_5013"; }
    static String s128() { return "str128_2925"; }
    static String s129() { return "str129_837"; }
    static String s130() { return "str130_8756"; }
    static String s131() { return "str131_6668"; }
    static String s132() { return "str132_4580"; }
    static String s133() { return "str133_2492"; }
    static String s134() { return "str134_404"; }
    static String s135() { return "str135_8323"; }
    static String s136() { return "str136_6235"; }
    static String s137() { return "str137_4147"; }
    static String s138() { return "str138_2059"; }
    static String s139() { return "str139_9978"; }
    static String s140() { return "str140_7890"; }
    static String s141() { return "str141_5802"; }
    static String s142() { return "str142_3714"; }
    static String s143() { return "str143_1626"; }
    static String s144() { return "str144_9545"; }
    static String s145() { return "str145_7457"; }
    static String s146() { return "str146_5369"; }
    static String s147() { return "str147_3281"; }
    static String s148() { return "str148_1193"; }
    static String s149() { return "str149_9112"; }
    static String s150() { return "str150_7024"; }
    static String s151() { return "str151_4936"; }
    static String s152() { return "str152_2848"; }
    static String s153() { return "str153_760"; }
    static String s154() { return "str154_8679"; }
    static String s155() { return "str155_6591"; }
    static String s156() { return "str156_4503"; }
    static String s157() { return "str157_2415"; }
    static String s158() { return "str158_327"; }
    static String s159() { return "str159_8246"; }
    static String s160() { return "str160_6158"; }
    static String s161() { return "str161_4070"; }
    static String s162() { return "str162_1982"; }
    static String s163() { return "str163_9901"; }
    static String s164() { return "str164_7813"; }
    static String s165() { return "str165_5725"; }
    static String s166() { return "str166_3637"; }
    static String s167() { return "str167_1549"; }
    static String s168() { return "str168_9468"; }
    static String s169() { return "str169_7380"; }
    static String s170() { return "str170_5292"; }
    static String s171() { return "str171_3204"; }
    static String s172() { return "str172_1116"; }
    static String s173() { return "str173_9035"; }
    static String s174() { return "str174_6947"; }
    static String s175() { return "str175_4859"; }
    static String s176() { return "str176_2771"; }
    static String s177() { return "str177_683"; }
    static String s178() { return "str178_8602"; }
    static String s179() { return "str179_6514"; }
    static String s180() { return "str180_4426"; }
    static String s181() { return "str181_2338"; }
    static String s182() { return "str182_250"; }
    static String s183() { return "str183_8169"; }
    static String s184() { return "str184_6081"; }
    static String s185() { return "str185_3993"; }
    static String s186() { return "str186_1905"; }
    static String s187() { return "str187_9824"; }
    static String s188() { return "str188_7736"; }
    static String s189() { return "str189_5648"; }
    static String s190() { return "str190_3560"; }
    static String s191() { return "str191_1472"; }
    static String s192() { return "str192_9391"; }
    static String s193() { return "str193_7303"; }
    static String s194() { return "str194_5215"; }
    static String s195() { return "str195_3127"; }
    static String s196() { return "str196_1039"; }
    static String s197() { return "str197_8958"; }
    static String s198() { return "str198_6870"; }
    static String s199() { return "str199_4782"; }
    static String s200() { return "str200_2694"; }
    static String s201() { return "str201_606"; }
    static String s202() { return "str202_8525"; }
    static String s203() { return "str203_6437"; }
    static String s204() { return "str204_4349"; }
    static String s205() { return "str205_2261"; }
    static String s206() { return "str206_173"; }
    static String s207() { return "str207_8092"; }
    static String s208() { return "str208_6004"; }
    static String s209() { return "str209_3916"; }
    static String s210() { return "str210_1828"; }
    static String s211() { return "str211_9747"; }
    static String s212() { return "str212_7659"; }
    static String s213() { return "str213_5571"; }
    static String s214() { return "str214_3483"; }
    static String s215() { return "str215_1395"; }
    static String s216() { return "str216_9314"; }
    static String s217() { return "str217_7226"; }
    static String s218() { return "str218_5138"; }
    static String s219() { return "str219_3050"; }
    static String s220() { return "str220_962"; }
    static String s221() { return "str221_8881"; }
    static String s222() { return "str222_6793"; }
    static String s223() { return "str223_4705"; }
    static String s224() { return "str224_2617"; }
    static String s225() { return "str225_529"; }
    static String s226() { return "str226_8448"; }
    static String s227() { return "str227_6360"; }
    static String s228() { return "str228_4272"; }
    static String s229() { return "str229_2184"; }
    static String s230() { return "str230_96"; }
    static String s231() { return "str231_8015"; }
    static String s232() { return "str232_5927"; }
    static String s233() { return "str233_3839"; }
    static String s234() { return "str234_1751"; }
    static String s235() { return "str235_9670"; }
    static String s236() { return "str236_7582"; }
    static String s237() { return "str237_5494"; }
    static String s238() { return "str238_3406"; }
    static String s239() { return "str239_1318"; }
    static String s240() { return "str240_9237"; }
    static String s241() { return "str241_7149"; }
    static String s242() { return "str242_5061"; }
    static String s243() { return "str243_2973"; }
    static String s244() { return "str244_885"; }
    static String s245() { return "str245_8804"; }
    static String s246() { return "str246_6716"; }
    static String s247() { return "str247_4628"; }
    static String s248() { return "str248_2540"; }
    static String s249() { return "str249_452"; }
    static String s250() { return "str250_8371"; }
    static String s251() { return "str251_6283"; }
    static String s252() { return "str252_4195"; }
    static String s253() { return "str253_2107"; }
    static String s254() { return "str254_19"; }
    static String s255() { return "str255_7938"; }
    static String s256() { return "str256_5850"; }
    static String s257() { return "str257_3762"; }
    static String s258() { return "str258_1674"; }
    static String s259() { return "str259_9593"; }
    static String s260() { return "str260_7505"; }
    static String s261() { return "str261_5417"; }
    static String s262() { return "str262_3329"; }
    static String s263() { return "str263_1241"; }
    static String s264() { return "str264_9160"; }
    static String s265() { return "str265_7072"; }
    static String s266() { return "str266_4984"; }
    static String s267() { return "str267_2896"; }
    static String s268() { return "str268_808"; }
    static String s269() { return "str269_8727"; }
    static String s270() { return "str270_6639"; }
    static String s271() { return "str271_4551"; }
    static String s272() { return "str272_2463"; }
    static String s273() { return "str273_375"; }
    static String s274() { return "str274_8294"; }
    static String s275() { return "str275_6206"; }
    static String s276() { return "str276_4118"; }
    static String s277() { return "str277_2030"; }
    static String s278() { return "str278_9949"; }
    static String s279() { return "str279_7861"; }
    static String s280() { return "str280_5773"; }
    static String s281() { return "str281_3685"; }
    static String s282() { return "str282_1597"; }
    static String s283() { return "str283_9516"; }
    static String s284() { return "str284_7428"; }
    static String s285() { return "str285_5340"; }
    static String s286() { return "str286_3252"; }
    static String s287() { return "str287_1164"; }
    static String s288() { return "str288_9083"; }
    static String s289() { return "str289_6995"; }
    static String s290() { return "str290_4907"; }
    static String s291() { return "str291_2819"; }
    static String s292() { return "str292_731"; }
    static String s293() { return "str293_8650"; }
    static String s294() { return "str294_6562"; }
    static String s295() { return "str295_4474"; }
    static String s296() { return "str296_2386"; }
    static String s297() { return "str297_298"; }
    static String s298() { return "str298_8217"; }
    static String s299() { return "str299_6129"; }
    static int sumInts() {
        int t = 0;
        t += 100000 ^ t;
        t += 100037 ^ t;
        t += 100074 ^ t;
        t += 100111 ^ t;
        t += 100148 ^ t;
        t += 100185 ^ t;
        t += 100222 ^ t;
        t += 100259 ^ t;
        t += 100296 ^ t;
        t += 100333 ^ t;
        t += 100370 ^ t;
        t += 100407 ^ t;
        t += 100444 ^ t;
        t += 100481 ^ t;
        t += 100518 ^ t;
        t += 100555 ^ t;
        t += 100592 ^ t;
        t += 100629 ^ t;
        t += 100666 ^ t;
        t += 100703 ^ t;
        t += 100740 ^ t;
        t += 100777 ^ t;
        t += 100814 ^ t;
        t += 100851 ^ t;
        t += 100888 ^ t;
        t += 100925 ^ t;
        t += 100962 ^ t;
        t += 100999 ^ t;
        t += 101036 ^ t;
        t += 101073 ^ t;
        t += 101110 ^ t;
        t += 101147 ^ t;
        t += 101184 ^ t;
        t += 101221 ^ t;
        t += 101258 ^ t;
        t += 101295 ^ t;
        t += 101332 ^ t;
        t += 101369 ^ t;
        t += 101406 ^ t;
        t += 101443 ^ t;
        t += 101480 ^ t;
        t += 101517 ^ t;
        t += 101554 ^ t;
        t += 101591 ^ t;
        t += 101628 ^ t;
        t += 101665 ^ t;
        t += 101702 ^ t;
        t += 101739 ^ t;
        t += 101776 ^ t;
        t += 101813 ^ t;
        t += 101850 ^ t;
        t += 101887 ^ t;
        t += 101924 ^ t;
        t += 101961 ^ t;
        t += 101998 ^ t;
        t += 102035 ^ t;
        t += 102072 ^ t;
        t += 102109 ^ t;
        t += 102146 ^ t;
        t += 102183 ^ t;
        t += 102220 ^ t;
        t += 102257 ^ t;
        t += 102294 ^ t;
        t += 102331 ^ t;
        t += 102368 ^ t;
        t += 102405 ^ t;
        t += 102442 ^ t;
        t += 102479 ^ t;
        t += 102516 ^ t;
        t += 102553 ^ t;
        t += 102590 ^ t;
        t += 102627 ^ t;
        t += 102664 ^ t;
        t += 102701 ^ t;
        t += 102738 ^ t;
        t += 102775 ^ t;
        t += 102812 ^ t;
        t += 102849 ^ t;
        t += 102886 ^ t;
        t += 102923 ^ t;
        t += 102960 ^ t;
        t += 102997 ^ t;
        t += 103034 ^ t;
        t += 103071 ^ t;
        t += 103108 ^ t;
        t += 103145 ^ t;
        t += 103182 ^ t;
        t += 103219 ^ t;
        t += 103256 ^ t;
        t += 103293 ^ t;
        t += 103330 ^ t;
        t += 103367 ^ t;
        t += 103404 ^ t;
        t += 103441 ^ t;
        t += 103478 ^ t;
        t += 103515 ^ t;
        t += 103552 ^ t;
        t += 103589 ^ t;
        t += 103626 ^ t;
        t += 103663 ^ t;
        t += 103700 ^ t;
        t += 103737 ^ t;
        t += 103774 ^ t;
        t += 103811 ^ t;
        t += 103848 ^ t;
        t += 103885 ^ t;
        t += 103922 ^ t;
        t += 103959 ^ t;
        t += 103996 ^ t;
        t += 104033 ^ t;
        t += 104070 ^ t;
        t += 104107 ^ t;
        t += 104144 ^ t;
        t += 104181 ^ t;
        t += 104218 ^ t;
        t += 104255 ^ t;
        t += 104292 ^ t;
        t += 104329 ^ t;
        t += 104366 ^ t;
        t += 104403 ^ t;
        t += 104440 ^ t;
        t += 104477 ^ t;
        t += 104514 ^ t;
        t += 104551 ^ t;
        t += 104588 ^ t;
        t += 104625 ^ t;
        t += 104662 ^ t;
        t += 104699 ^ t;
        t += 104736 ^ t;
        t += 104773 ^ t;
        t += 104810 ^ t;
        t += 104847 ^ t;
        t += 104884 ^ t;
        t += 104921 ^ t;
        t += 104958 ^ t;
        t += 104995 ^ t;
        t += 105032 ^ t;
        t += 105069 ^ t;
        t += 105106 ^ t;
        t += 105143 ^ t;
        t += 105180 ^ t;
        t += 105217 ^ t;
        t += 105254 ^ t;
        t += 105291 ^ t;
        t += 105328 ^ t;
        t += 105365 ^ t;
        t += 105402 ^ t;
        t += 105439 ^ t;
        t += 105476 ^ t;
        t += 105513 ^ t;
        t += 105550 ^ t;
        t += 105587 ^ t;
        t += 105624 ^ t;
        t += 105661 ^ t;
        t += 105698 ^ t;
        t += 105735 ^ t;
        t += 105772 ^ t;
        t += 105809 ^ t;
        t += 105846 ^ t;
        t += 105883 ^ t;
        t += 105920 ^ t;
        t += 105957 ^ t;
        t += 105994 ^ t;
        t += 106031 ^ t;
        t += 106068 ^ t;
        t += 106105 ^ t;
        t += 106142 ^ t;
        t += 106179 ^ t;
        t += 106216 ^ t;
        t += 106253 ^ t;
        t += 106290 ^ t;
        t += 106327 ^ t;
        t += 106364 ^ t;
        t += 106401 ^ t;
        t += 106438 ^ t;
        t += 106475 ^ t;
        t += 106512 ^ t;
        t += 106549 ^ t;
        t += 106586 ^ t;
        t += 106623 ^ t;
        t += 106660 ^ t;
        t += 106697 ^ t;
        t += 106734 ^ t;
        t += 106771 ^ t;
        t += 106808 ^ t;
        t += 106845 ^ t;
        t += 106882 ^ t;
        t += 106919 ^ t;
        t += 106956 ^ t;
        t += 106993 ^ t;
        t += 107030 ^ t;
        t += 107067 ^ t;
        t += 107104 ^ t;
        t += 107141 ^ t;
        t += 107178 ^ t;
        t += 107215 ^ t;
        t += 107252 ^ t;
        t += 107289 ^ t;
        t += 107326 ^ t;
        t += 107363 ^ t;
        t += 107400 ^ t;
        t += 107437 ^ t;
        t += 107474 ^ t;
        t += 107511 ^ t;
        t += 107548 ^ t;
        t += 107585 ^ t;
        t += 107622 ^ t;
        t += 107659 ^ t;
        t += 107696 ^ t;
        t += 107733 ^ t;
        t += 107770 ^ t;
        t += 107807 ^ t;
        t += 107844 ^ t;
        t += 107881 ^ t;
        t += 107918 ^ t;
        t += 107955 ^ t;
        t += 107992 ^ t;
        t += 108029 ^ t;
        t += 108066 ^ t;
        t += 108103 ^ t;
        t += 108140 ^ t;
        t += 108177 ^ t;
        t += 108214 ^ t;
        t += 108251 ^ t;
        t += 108288 ^ t;
        t += 108325 ^ t;
        t += 108362 ^ t;
        t += 108399 ^ t;
        t += 108436 ^ t;
        t += 108473 ^ t;
        t += 108510 ^ t;
        t += 108547 ^ t;
        t += 108584 ^ t;
        t += 108621 ^ t;
        t += 108658 ^ t;
        t += 108695 ^ t;
        t += 108732 ^ t;
        t += 108769 ^ t;
        t += 108806 ^ t;
        t += 108843 ^ t;
        t += 108880 ^ t;
        t += 108917 ^ t;
        t += 108954 ^ t;
        t += 108991 ^ t;
        t += 109028 ^ t;
        t += 109065 ^ t;
        t += 109102 ^ t;
        t += 109139 ^ t;
        t += 109176 ^ t;
        t += 109213 ^ t;
        t += 109250 ^ t;
        t += 109287 ^ t;
        t += 109324 ^ t;
        t += 109361 ^ t;
        t += 109398 ^ t;
        t += 109435 ^ t;
        t += 109472 ^ t;
        t += 109509 ^ t;
        t += 109546 ^ t;
        t += 109583 ^ t;
        t += 109620 ^ t;
        t += 109657 ^ t;
        t += 109694 ^ t;
        t += 109731 ^ t;
        t += 109768 ^ t;
        t += 109805 ^ t;
        t += 109842 ^ t;
        t += 109879 ^ t;
        t += 109916 ^ t;
        t += 109953 ^ t;
        t += 109990 ^ t;
        t += 110027 ^ t;
        t += 110064 ^ t;
        t += 110101 ^ t;
        t += 110138 ^ t;
        t += 110175 ^ t;
        t += 110212 ^ t;
        t += 110249 ^ t;
        t += 110286 ^ t;
        t += 110323 ^ t;
        t += 110360 ^ t;
        t += 110397 ^ t;
        t += 110434 ^ t;
        t += 110471 ^ t;
        t += 110508 ^ t;
        t += 110545 ^ t;
        t += 110582 ^ t;
        t += 110619 ^ t;
        t += 110656 ^ t;
        t += 110693 ^ t;
        t += 110730 ^ t;
        t += 110767 ^ t;
        t += 110804 ^ t;
        t += 110841 ^ t;
        t += 110878 ^ t;
        t += 110915 ^ t;
        t += 110952 ^ t;
        t += 110989 ^ t;
        t += 111026 ^ t;
        t += 111063 ^ t;
        return t;
    }
    static float sumFloats() {
        float f = 0f;
        f += 0.15f;
        f += 1.25f;
        f += 2.35f;
        f += 3.45f;
        f += 4.55f;
        f += 5.65f;
        f += 6.75f;
        f += 7.85f;
        f += 8.95f;
        f += 9.105f;
        f += 10.115f;
        f += 11.125f;
        f += 12.135f;
        f += 13.145f;
        f += 14.155f;
        f += 15.165f;
        f += 16.175f;
        f += 17.185f;
        f += 18.195f;
        f += 19.205f;
        f += 20.215f;
        f += 21.225f;
        f += 22.235f;
        f += 23.245f;
        f += 24.255f;
        f += 25.265f;
        f += 26.275f;
        f += 27.285f;
        f += 28.295f;
        f += 29.305f;
        f += 30.315f;
        f += 31.325f;
        f += 32.335f;
        f += 33.345f;
        f += 34.355f;
        f += 35.365f;
        f += 36.375f;
        f += 37.385f;
        f += 38.395f;
        f += 39.405f;
        f += 40.415f;
        f += 41.425f;
        f += 42.435f;
        f += 43.445f;
        f += 44.455f;
        f += 45.465f;
        f += 46.475f;
        f += 47.485f;
        f += 48.495f;
        f += 49.505f;
        f += 50.515f;
        f += 51.525f;
        f += 52.535f;
        f += 53.545f;
        f += 54.555f;
        f += 55.565f;
        f += 56.575f;
        f += 57.585f;
        f += 58.595f;
        f += 59.605f;
        return f;
    }
    static long sumLongs() {
        long l = 0L;
        l = l * 31 + 10000000000L;
        l = l * 31 + 10000012345L;
        l = l * 31 + 10000024690L;
        l = l * 31 + 10000037035L;
        l = l * 31 + 10000049380L;
        l = l * 31 + 10000061725L;
        l = l * 31 + 10000074070L;
        l = l * 31 + 10000086415L;
        l = l * 31 + 10000098760L;
        l = l * 31 + 10000111105L;
        l = l * 31 + 10000123450L;
        l = l * 31 + 10000135795L;
        l = l * 31 + 10000148140L;
        l = l * 31 + 10000160485L;
        l = l * 31 + 10000172830L;
        l = l * 31 + 10000185175L;
        l = l * 31 + 10000197520L;
        l = l * 31 + 10000209865L;
        l = l * 31 + 10000222210L;
        l = l * 31 + 10000234555L;
        l = l * 31 + 10000246900L;
        l = l * 31 + 10000259245L;
        l = l * 31 + 10000271590L;
        l = l * 31 + 10000283935L;
        l = l * 31 + 10000296280L;
        l = l * 31 + 10000308625L;
        l = l * 31 + 10000320970L;
        l = l * 31 + 10000333315L;
        l = l * 31 + 10000345660L;
        l = l * 31 + 10000358005L;
        l = l * 31 + 10000370350L;
        l = l * 31 + 10000382695L;
        l = l * 31 + 10000395040L;
        l = l * 31 + 10000407385L;
        l = l * 31 + 10000419730L;
        l = l * 31 + 10000432075L;
        l = l * 31 + 10000444420L;
        l = l * 31 + 10000456765L;
        l = l * 31 + 10000469110L;
        l = l * 31 + 10000481455L;
        l = l * 31 + 10000493800L;
        l = l * 31 + 10000506145L;
        l = l * 31 + 10000518490L;
        l = l * 31 + 10000530835L;
        l = l * 31 + 10000543180L;
        l = l * 31 + 10000555525L;
        l = l * 31 + 10000567870L;
        l = l * 31 + 10000580215L;
        l = l * 31 + 10000592560L;
        l = l * 31 + 10000604905L;
        l = l * 31 + 10000617250L;
        l = l * 31 + 10000629595L;
        l = l * 31 + 10000641940L;
        l = l * 31 + 10000654285L;
        l = l * 31 + 10000666630L;
        l = l * 31 + 10000678975L;
        l = l * 31 + 10000691320L;
        l = l * 31 + 10000703665L;
        l = l * 31 + 10000716010L;
        l = l * 31 + 10000728355L;
        return l;
    }
    static double sumDoubles() {
        double d = 0.0;
        d += 0.025;
        d += 1.125;
        d += 2.225;
        d += 3.325;
        d += 4.425;
        d += 5.525;
        d += 6.625;
        d += 7.725;
        d += 8.825;
        d += 9.925;
        d += 10.1025;
        d += 11.1125;
        d += 12.1225;
        d += 13.1325;
        d += 14.1425;
        d += 15.1525;
        d += 16.1625;
        d += 17.1725;
        d += 18.1825;
        d += 19.1925;
        d += 20.2025;
        d += 21.2125;
        d += 22.2225;
        d += 23.2325;
        d += 24.2425;
        d += 25.2525;
        d += 26.2625;
        d += 27.2725;
        d += 28.2825;
        d += 29.2925;
        d += 30.3025;
        d += 31.3125;
        d += 32.3225;
        d += 33.3325;
        d += 34.3425;
        d += 35.3525;
        d += 36.3625;
        d += 37.3725;
        d += 38.3825;
        d += 39.3925;
        d += 40.4025;
        d += 41.4125;
        d += 42.4225;
        d += 43.4325;
        d += 44.4425;
        d += 45.4525;
        d += 46.4625;
        d += 47.4725;
        d += 48.4825;
        d += 49.4925;
        d += 50.5025;
        d += 51.5125;
        d += 52.5225;
        d += 53.5325;
        d += 54.5425;
        d += 55.5525;
        d += 56.5625;
        d += 57.5725;
        d += 58.5825;
        d += 59.5925;
        return d;
    }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        int h = 0;
        h = h * 31 + s0().hashCode();
        System.out.println("s0 = " + s0() + " h=" + h);
        h = h * 31 + s1().hashCode();
        h = h * 31 + s2().hashCode();
        h = h * 31 + s3().hashCode();
        h = h * 31 + s4().hashCode();
        h = h * 31 + s5().hashCode();
        h = h * 31 + s6().hashCode();
        h = h * 31 + s7().hashCode();
        h = h * 31 + s8().hashCode();
        h = h * 31 + s9().hashCode();
        h = h * 31 + s10().hashCode();
        h = h * 31 + s11().hashCode();
        h = h * 31 + s12().hashCode();
        h = h * 31 + s13().hashCode();
        h = h * 31 + s14().hashCode();
        h = h * 31 + s15().hashCode();
        h = h * 31 + s16().hashCode();
        h = h * 31 + s17().hashCode();
        h = h * 31 + s18().hashCode();
        h = h * 31 + s19().hashCode();
        h = h * 31 + s20().hashCode();
        h = h * 31 + s21().hashCode();
        h = h * 31 + s22().hashCode();
        h = h * 31 + s23().hashCode();
        h = h * 31 + s24().hashCode();
        h = h * 31 + s25().hashCode();
        System.out.println("s25 = " + s25() + " h=" + h);
        h = h * 31 + s26().hashCode();
        h = h * 31 + s27().hashCode();
        h = h * 31 + s28().hashCode();
        h = h * 31 + s29().hashCode();
        h = h * 31 + s30().hashCode();
        h = h * 31 + s31().hashCode();
        h = h * 31 + s32().hashCode();
        h = h * 31 + s33().hashCode();
        h = h * 31 + s34().hashCode();
        h = h * 31 + s35().hashCode();
        h = h * 31 + s36().hashCode();
        h = h * 31 + s37().hashCode();
        h = h * 31 + s38().hashCode();
        h = h * 31 + s39().hashCode();
        h = h * 31 + s40().hashCode();
        h = h * 31 + s41().hashCode();
        h = h * 31 + s42().hashCode();
        h = h * 31 + s43().hashCode();
        h = h * 31 + s44().hashCode();
        h = h * 31 + s45().hashCode();
        h = h * 31 + s46().hashCode();
        h = h * 31 + s47().hashCode();
        h = h * 31 + s48().hashCode();
        h = h * 31 + s49().hashCode();
        h = h * 31 + s50().hashCode();
        System.out.println("s50 = " + s50() + " h=" + h);
        h = h * 31 + s51().hashCode();
        h = h * 31 + s52().hashCode();
        h = h * 31 + s53().hashCode();
        h = h * 31 + s54().hashCode();
        h = h * 31 + s55().hashCode();
        h = h * 31 + s56().hashCode();
        h = h * 31 + s57().hashCode();
        h = h * 31 + s58().hashCode();
        h = h * 31 + s59().hashCode();
        h = h * 31 + s60().hashCode();
        h = h * 31 + s61().hashCode();
        h = h * 31 + s62().hashCode();
        h = h * 31 + s63().hashCode();
        h = h * 31 + s64().hashCode();
        h = h * 31 + s65().hashCode();
        h = h * 31 + s66().hashCode();
        h = h * 31 + s67().hashCode();
        h = h * 31 + s68().hashCode();
        h = h * 31 + s69().hashCode();
        h = h * 31 + s70().hashCode();
        h = h * 31 + s71().hashCode();
        h = h * 31 + s72().hashCode();
        h = h * 31 + s73().hashCode();
        h = h * 31 + s74().hashCode();
        h = h * 31 + s75().hashCode();
        System.out.println("s75 = " + s75() + " h=" + h);
        h = h * 31 + s76().hashCode();
        h = h * 31 + s77().hashCode();
        h = h * 31 + s78().hashCode();
        h = h * 31 + s79().hashCode();
        h = h * 31 + s80().hashCode();
        h = h * 31 + s81().hashCode();
        h = h * 31 + s82().hashCode();
        h = h * 31 + s83().hashCode();
        h = h * 31 + s84().hashCode();
        h = h * 31 + s85().hashCode();
        h = h * 31 + s86().hashCode();
        h = h * 31 + s87().hashCode();
        h = h * 31 + s88().hashCode();
        h = h * 31 + s89().hashCode();
        h = h * 31 + s90().hashCode();
        h = h * 31 + s91().hashCode();
        h = h * 31 + s92().hashCode();
        h = h * 31 + s93().hashCode();
        h = h * 31 + s94().hashCode();
        h = h * 31 + s95().hashCode();
        h = h * 31 + s96().hashCode();
        h = h * 31 + s97().hashCode();
        h = h * 31 + s98().hashCode();
        h = h * 31 + s99().hashCode();
        h = h * 31 + s100().hashCode();
        System.out.println("s100 = " + s100() + " h=" + h);
        h = h * 31 + s101().hashCode();
        h = h * 31 + s102().hashCode();
        h = h * 31 + s103().hashCode();
        h = h * 31 + s104().hashCode();
        h = h * 31 + s105().hashCode();
        h = h * 31 + s106().hashCode();
        h = h * 31 + s107().hashCode();
        h = h * 31 + s108().hashCode();
        h = h * 31 + s109().hashCode();
        h = h * 31 + s110().hashCode();
        h = h * 31 + s111().hashCode();
        h = h * 31 + s112().hashCode();
        h = h * 31 + s113().hashCode();
        h = h * 31 + s114().hashCode();
        h = h * 31 + s115().hashCode();
        h = h * 31 + s116().hashCode();
        h = h * 31 + s117().hashCode();
        h = h * 31 + s118().hashCode();
        h = h * 31 + s119().hashCode();
        h = h * 31 + s120().hashCode();
        h = h * 31 + s121().hashCode();
        h = h * 31 + s122().hashCode();
        h = h * 31 + s123().hashCode();
        h = h * 31 + s124().hashCode();
        h = h * 31 + s125().hashCode();
        System.out.println("s125 = " + s125() + " h=" + h);
        h = h * 31 + s126().hashCode();
        h = h * 31 + s127().hashCode();
        h = h * 31 + s128().hashCode();
        h = h * 31 + s129().hashCode();
        h = h * 31 + s130().hashCode();
        h = h * 31 + s131().hashCode();
        h = h * 31 + s132().hashCode();
        h = h * 31 + s133().hashCode();
        h = h * 31 + s134().hashCode();
        h = h * 31 + s135().hashCode();
        h = h * 31 + s136().hashCode();
        h = h * 31 + s137().hashCode();
        h = h * 31 + s138().hashCode();
        h = h * 31 + s139().hashCode();
        h = h * 31 + s140().hashCode();
        h = h * 31 + s141().hashCode();
        h = h * 31 + s142().hashCode();
        h = h * 31 + s143().hashCode();
        h = h * 31 + s144().hashCode();
        h = h * 31 + s145().hashCode();
        h = h * 31 + s146().hashCode();
        h = h * 31 + s147().hashCode();
        h = h * 31 + s148().hashCode();
        h = h * 31 + s149().hashCode();
        h = h * 31 + s150().hashCode();
        System.out.println("s150 = " + s150() + " h=" + h);
        h = h * 31 + s151().hashCode();
        h = h * 31 + s152().hashCode();
        h = h * 31 + s153().hashCode();
        h = h * 31 + s154().hashCode();
        h = h * 31 + s155().hashCode();
        h = h * 31 + s156().hashCode();
        h = h * 31 + s157().hashCode();
        h = h * 31 + s158().hashCode();
        h = h * 31 + s159().hashCode();
        h = h * 31 + s160().hashCode();
        h = h * 31 + s161().hashCode();
        h = h * 31 + s162().hashCode();
        h = h * 31 + s163().hashCode();
        h = h * 31 + s164().hashCode();
        h = h * 31 + s165().hashCode();
        h = h * 31 + s166().hashCode();
        h = h * 31 + s167().hashCode();
        h = h * 31 + s168().hashCode();
        h = h * 31 + s169().hashCode();
        h = h * 31 + s170().hashCode();
        h = h * 31 + s171().hashCode();
        h = h * 31 + s172().hashCode();
        h = h * 31 + s173().hashCode();
        h = h * 31 + s174().hashCode();
        h = h * 31 + s175().hashCode();
        System.out.println("s175 = " + s175() + " h=" + h);
        h = h * 31 + s176().hashCode();
        h = h * 31 + s177().hashCode();
        h = h * 31 + s178().hashCode();
        h = h * 31 + s179().hashCode();
        h = h * 31 + s180().hashCode();
        h = h * 31 + s181().hashCode();
        h = h * 31 + s182().hashCode();
        h = h * 31 + s183().hashCode();
        h = h * 31 + s184().hashCode();
        h = h * 31 + s185().hashCode();
        h = h * 31 + s186().hashCode();
        h = h * 31 + s187().hashCode();
        h = h * 31 + s188().hashCode();
        h = h * 31 + s189().hashCode();
        h = h * 31 + s190().hashCode();
        h = h * 31 + s191().hashCode();
        h = h * 31 + s192().hashCode();
        h = h * 31 + s193().hashCode();
        h = h * 31 + s194().hashCode();
        h = h * 31 + s195().hashCode();
        h = h * 31 + s196().hashCode();
        h = h * 31 + s197().hashCode();
        h = h * 31 + s198().hashCode();
        h = h * 31 + s199().hashCode();
        h = h * 31 + s200().hashCode();
        System.out.println("s200 = " + s200() + " h=" + h);
        h = h * 31 + s201().hashCode();
        h = h * 31 + s202().hashCode();
        h = h * 31 + s203().hashCode();
        h = h * 31 + s204().hashCode();
        h = h * 31 + s205().hashCode();
        h = h * 31 + s206().hashCode();
        h = h * 31 + s207().hashCode();
        h = h * 31 + s208().hashCode();
        h = h * 31 + s209().hashCode();
        h = h * 31 + s210().hashCode();
        h = h * 31 + s211().hashCode();
        h = h * 31 + s212().hashCode();
        h = h * 31 + s213().hashCode();
        h = h * 31 + s214().hashCode();
        h = h * 31 + s215().hashCode();
        h = h * 31 + s216().hashCode();
        h = h * 31 + s217().hashCode();
        h = h * 31 + s218().hashCode();
        h = h * 31 + s219().hashCode();
        h = h * 31 + s220().hashCode();
        h = h * 31 + s221().hashCode();
        h = h * 31 + s222().hashCode();
        h = h * 31 + s223().hashCode();
        h = h * 31 + s224().hashCode();
        h = h * 31 + s225().hashCode();
        System.out.println("s225 = " + s225() + " h=" + h);
        h = h * 31 + s226().hashCode();
        h = h * 31 + s227().hashCode();
        h = h * 31 + s228().hashCode();
        h = h * 31 + s229().hashCode();
        h = h * 31 + s230().hashCode();
        h = h * 31 + s231().hashCode();
        h = h * 31 + s232().hashCode();
        h = h * 31 + s233().hashCode();
        h = h * 31 + s234().hashCode();
        h = h * 31 + s235().hashCode();
        h = h * 31 + s236().hashCode();
        h = h * 31 + s237().hashCode();
        h = h * 31 + s238().hashCode();
        h = h * 31 + s239().hashCode();
        h = h * 31 + s240().hashCode();
        h = h * 31 + s241().hashCode();
        h = h * 31 + s242().hashCode();
        h = h * 31 + s243().hashCode();
        h = h * 31 + s244().hashCode();
        h = h * 31 + s245().hashCode();
        h = h * 31 + s246().hashCode();
        h = h * 31 + s247().hashCode();
        h = h * 31 + s248().hashCode();
        h = h * 31 + s249().hashCode();
        h = h * 31 + s250().hashCode();
        System.out.println("s250 = " + s250() + " h=" + h);
        h = h * 31 + s251().hashCode();
        h = h * 31 + s252().hashCode();
        h = h * 31 + s253().hashCode();
        h = h * 31 + s254().hashCode();
        h = h * 31 + s255().hashCode();
        h = h * 31 + s256().hashCode();
        h = h * 31 + s257().hashCode();
        h = h * 31 + s258().hashCode();
        h = h * 31 + s259().hashCode();
        h = h * 31 + s260().hashCode();
        h = h * 31 + s261().hashCode();
        h = h * 31 + s262().hashCode();
        h = h * 31 + s263().hashCode();
        h = h * 31 + s264().hashCode();
        h = h * 31 + s265().hashCode();
        h = h * 31 + s266().hashCode();
        h = h * 31 + s267().hashCode();
        h = h * 31 + s268().hashCode();
        h = h * 31 + s269().hashCode();
        h = h * 31 + s270().hashCode();
        h = h * 31 + s271().hashCode();
        h = h * 31 + s272().hashCode();
        h = h * 31 + s273().hashCode();
        h = h * 31 + s274().hashCode();
        h = h * 31 + s275().hashCode();
        System.out.println("s275 = " + s275() + " h=" + h);
        h = h * 31 + s276().hashCode();
        h = h * 31 + s277().hashCode();
        h = h * 31 + s278().hashCode();
        h = h * 31 + s279().hashCode();
        h = h * 31 + s280().hashCode();
        h = h * 31 + s281().hashCode();
        h = h * 31 + s282().hashCode();
        h = h * 31 + s283().hashCode();
        h = h * 31 + s284().hashCode();
        h = h * 31 + s285().hashCode();
        h = h * 31 + s286().hashCode();
        h = h * 31 + s287().hashCode();
        h = h * 31 + s288().hashCode();
        h = h * 31 + s289().hashCode();
        h = h * 31 + s290().hashCode();
        h = h * 31 + s291().hashCode();
        h = h * 31 + s292().hashCode();
        h = h * 31 + s293().hashCode();
        h = h * 31 + s294().hashCode();
        h = h * 31 + s295().hashCode();
        System.out.println("s295 = " + s295() + " h=" + h);
        h = h * 31 + s296().hashCode();
        System.out.println("s296 = " + s296() + " h=" + h);
        h = h * 31 + s297().hashCode();
        System.out.println("s297 = " + s297() + " h=" + h);
        h = h * 31 + s298().hashCode();
        System.out.println("s298 = " + s298() + " h=" + h);
        h = h * 31 + s299().hashCode();
        System.out.println("s299 = " + s299() + " h=" + h);
        System.out.println("ints " + sumInts());
        System.out.println("floats " + sumFloats());
        System.out.println("longs " + sumLongs());
        System.out.println("doubles " + sumDoubles());
        System.out.println("late literal " + "the very last string constant" + " " + 987654321 + " " + 3.25f + " " + ManyConstants.class.getName());
    }
}
